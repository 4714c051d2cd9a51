import type { IntegrationTaskKey } from "@trigger.dev/sdk";
import { Issues } from "./issues.js";
import { type ReactionContent, Reactions } from "./reactions.js";
import { type GithubRunTask, type RouteData, repoOf, TaskNamespace } from "./task-namespace.js";

/** `io.github.compound`: tasks made of other tasks, each step a subtask. */
export class Compound extends TaskNamespace {
  /** The issues tasks the steps use (public, as in `@trigger.dev/github`). */
  readonly issues: Issues;
  /** The reactions tasks the steps use. */
  readonly reactions: Reactions;

  constructor(runTask: GithubRunTask) {
    super(runTask);
    this.issues = new Issues(runTask);
    this.reactions = new Reactions(runTask);
  }

  /**
   * Comments on an issue and reacts to the new comment: two subtasks, so a retry after the comment
   * was made does not comment again. Outputs the comment.
   */
  createIssueCommentWithReaction(
    key: IntegrationTaskKey,
    params: { owner: string; repo: string; issueNumber: number; body: string; reaction: ReactionContent },
  ): Promise<RouteData<"POST /repos/{owner}/{repo}/issues/{issue_number}/comments">> {
    const { owner, repo, issueNumber, body, reaction } = params;
    return this.task(
      key,
      async () => {
        const comment = await this.issues.createComment(`Comment on Issue #${issueNumber}`, {
          owner,
          repo,
          issueNumber,
          body,
        });
        await this.reactions.createForIssueComment(`React with ${reaction}`, {
          owner,
          repo,
          commentId: comment.id,
          content: reaction,
        });
        return comment;
      },
      {
        name: "Create Issue Comment With Reaction",
        properties: [...repoOf(params), ["Issue", `#${issueNumber}`], ["Reaction", reaction]],
        shownParams: params,
      },
    );
  }
}
