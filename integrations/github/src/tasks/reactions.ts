import { type RunMode, TaskGroup } from "@acme/integration-kit";
import type { Octokit } from "octokit";
import { repoOf, send } from "./github-routes.js";

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
export class Reactions<M extends RunMode = "job"> extends TaskGroup<Octokit, M> {
  /** Reacts to an issue or pull request comment. `POST /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions` */
  readonly createForIssueComment = this.task({
    name: "Add Issue Comment Reaction",
    call: (
      octokit,
      {
        owner,
        repo,
        commentId,
        content,
      }: {
        owner: string;
        repo: string;
        commentId: number;
        content: ReactionContent;
      },
    ) =>
      send(octokit, "POST /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions", {
        owner,
        repo,
        comment_id: commentId,
        content,
      }),
    properties: (params) => [...repoOf(params), ["Comment", params.commentId], ["Reaction", EMOJI[params.content]]],
    sideEffect: "idempotent",
  });
}
