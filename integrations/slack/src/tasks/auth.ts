import type { AuthTestArguments } from "@slack/web-api";
import { SlackNamespace } from "./slack-namespace.js";
import type { SlackArgs } from "./task-definition.js";

/** The credential itself: `io.slack.auth`. */
export class Auth extends SlackNamespace {
  /** Checks the token and tells which user, bot and workspace it belongs to (`auth.test`). */
  readonly test = this.task("Test Auth", "auth.test", (c, p: SlackArgs<AuthTestArguments>) => c.auth.test(p));
}
