import { type RunMode, TaskGroup } from "@acme/integration-kit";
import type { Octokit } from "octokit";
import { repoOf } from "./github-routes.js";
import { Issues } from "./issues.js";
import { type ReactionContent, Reactions } from "./reactions.js";

/** `io.github.compound`: tasks made of other tasks, each step a subtask. */
export class Compound<M extends RunMode = "job"> extends TaskGroup<Octokit, M> {
  /** The issues tasks the steps use (public, as in `@trigger.dev/github`). */
  readonly issues = new Issues<M>(this.runner);
  /** The reactions tasks the steps use. */
  readonly reactions = new Reactions<M>(this.runner);

  /**
   * Comments on an issue and reacts to the new comment: two steps (subtasks in a v2 run), so a
   * retry after the comment was made does not comment again. Outputs the comment.
   */
  readonly createIssueCommentWithReaction = this.task({
    name: "Create Issue Comment With Reaction",
    call: async (
      _octokit,
      params: { owner: string; repo: string; issueNumber: number; body: string; reaction: ReactionContent },
      context,
    ) => {
      const { owner, repo, issueNumber, body, reaction } = params;
      const comment = await context.step(`Comment on Issue #${issueNumber}`, this.issues.createComment, {
        owner,
        repo,
        issueNumber,
        body,
      });
      await context.step(`React with ${reaction}`, this.reactions.createForIssueComment, {
        owner,
        repo,
        commentId: comment.id,
        content: reaction,
      });
      return comment;
    },
    properties: (params) => [...repoOf(params), ["Issue", `#${params.issueNumber}`], ["Reaction", params.reaction]],
    sideEffect: "idempotent",
  });
}
