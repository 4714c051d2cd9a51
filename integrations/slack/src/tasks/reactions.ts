import type { ReactionsAddArguments, ReactionsGetArguments, ReactionsRemoveArguments } from "@slack/web-api";
import { SlackNamespace } from "./slack-namespace.js";
import type { SlackArgs } from "./task-definition.js";

/** Emoji reactions: `io.slack.reactions`. */
export class Reactions extends SlackNamespace {
  /** Adds an emoji reaction to a message (`reactions.add`). */
  readonly add = this.task("Add Reaction", "reactions.add", (c, p: SlackArgs<ReactionsAddArguments>) =>
    c.reactions.add(p),
  );
  /** Removes an emoji reaction (`reactions.remove`). */
  readonly remove = this.task("Remove Reaction", "reactions.remove", (c, p: SlackArgs<ReactionsRemoveArguments>) =>
    c.reactions.remove(p),
  );
  /** Lists the reactions on a message or file (`reactions.get`). */
  readonly get = this.task("Get Reactions", "reactions.get", (c, p: SlackArgs<ReactionsGetArguments>) =>
    c.reactions.get(p),
  );
}
