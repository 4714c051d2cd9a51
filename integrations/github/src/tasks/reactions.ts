import type { IntegrationTaskKey } from "@trigger.dev/sdk";
import { type RouteData, repoOf, TaskNamespace } from "./task-namespace.js";

/** The reactions GitHub allows on a comment, with how the dashboard shows them. */
const EMOJI = {
  "+1": "👍",
  "-1": "👎",
  laugh: "😄",
  confused: "😕",
  heart: "❤️",
  hooray: "🎉",
  rocket: "🚀",
  eyes: "👀",
} as const;

/** A reaction's name: `"+1"`, `"heart"`, `"rocket"`, ... */
export type ReactionContent = keyof typeof EMOJI;

/** `io.github.reactions`: reactions on comments. */
export class Reactions extends TaskNamespace {
  /** Reacts to an issue or pull request comment. `POST /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions` */
  createForIssueComment(
    key: IntegrationTaskKey,
    params: { owner: string; repo: string; commentId: number; content: ReactionContent },
  ): Promise<RouteData<"POST /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions">> {
    const { owner, repo, commentId, content } = params;
    return this.endpoint(
      key,
      "POST /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions",
      { owner, repo, comment_id: commentId, content },
      {
        name: "Add Issue Comment Reaction",
        properties: [...repoOf(params), ["Comment", commentId], ["Reaction", EMOJI[content]]],
        shownParams: params,
      },
    );
  }
}
