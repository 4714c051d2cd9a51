import { type RunMode, TaskGroup } from "@acme/integration-kit";
import type { ReactionsAddArguments, ReactionsGetArguments, ReactionsRemoveArguments, WebClient } from "@slack/web-api";
import type { SlackArgs as Args } from "./slack-args.js";
import { slackMethod } from "./slack-method.js";

/** Emoji reactions: `io.slack.reactions`. */
export class Reactions<M extends RunMode = "job"> extends TaskGroup<WebClient, M> {
  /** Adds an emoji reaction to a message (`reactions.add`); on a retry, `already_reacted` means done. */
  readonly add = this.task({
    name: "Add Reaction",
    ...slackMethod("reactions.add", (c, p: Args<ReactionsAddArguments>) => c.reactions.add(p), {
      codes: ["already_reacted"],
    }),
    sideEffect: "idempotent",
  });
  /** Removes an emoji reaction (`reactions.remove`); on a retry, `no_reaction` means done. */
  readonly remove = this.task({
    name: "Remove Reaction",
    ...slackMethod("reactions.remove", (c, p: Args<ReactionsRemoveArguments>) => c.reactions.remove(p), {
      codes: ["no_reaction"],
    }),
    sideEffect: "idempotent",
  });
  /** Lists the reactions on a message or file (`reactions.get`). */
  readonly get = this.task({
    name: "Get Reactions",
    ...slackMethod("reactions.get", (c, p: Args<ReactionsGetArguments>) => c.reactions.get(p)),
    sideEffect: "none",
  });
}
