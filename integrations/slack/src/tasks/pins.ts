import { type RunMode, TaskGroup } from "@acme/integration-kit";
import type { PinsAddArguments, PinsListArguments, PinsRemoveArguments, WebClient } from "@slack/web-api";
import type { SlackArgs as Args } from "./slack-args.js";
import { slackMethod } from "./slack-method.js";

/** Pinned messages: `io.slack.pins`. */
export class Pins<M extends RunMode = "job"> extends TaskGroup<WebClient, M> {
  /** Pins a message to its channel (`pins.add`); on a retry, `already_pinned` means done. */
  readonly add = this.task({
    name: "Pin Message",
    ...slackMethod("pins.add", (c, p: Args<PinsAddArguments>) => c.pins.add(p), { codes: ["already_pinned"] }),
    sideEffect: "idempotent",
  });
  /** Unpins a message (`pins.remove`); on a retry, `not_pinned` means done. */
  readonly remove = this.task({
    name: "Unpin Message",
    ...slackMethod("pins.remove", (c, p: Args<PinsRemoveArguments>) => c.pins.remove(p), { codes: ["not_pinned"] }),
    sideEffect: "idempotent",
  });
  /** Lists the items pinned to a channel (`pins.list`). */
  readonly list = this.task({
    name: "List Pins",
    ...slackMethod("pins.list", (c, p: Args<PinsListArguments>) => c.pins.list(p)),
    sideEffect: "none",
  });
}
