import type { PinsAddArguments, PinsListArguments, PinsRemoveArguments } from "@slack/web-api";
import { SlackNamespace } from "./slack-namespace.js";
import type { SlackArgs } from "./task-definition.js";

/** Pinned messages: `io.slack.pins`. */
export class Pins extends SlackNamespace {
  /** Pins a message to its channel (`pins.add`). */
  readonly add = this.task("Pin Message", "pins.add", (c, p: SlackArgs<PinsAddArguments>) => c.pins.add(p));
  /** Unpins a message (`pins.remove`). */
  readonly remove = this.task("Unpin Message", "pins.remove", (c, p: SlackArgs<PinsRemoveArguments>) =>
    c.pins.remove(p),
  );
  /** Lists the items pinned to a channel (`pins.list`). */
  readonly list = this.task("List Pins", "pins.list", (c, p: SlackArgs<PinsListArguments>) => c.pins.list(p));
}
