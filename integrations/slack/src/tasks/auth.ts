import { type RunMode, TaskGroup } from "@acme/integration-kit";
import type { AuthTestArguments, WebClient } from "@slack/web-api";
import type { OptionalArgs } from "./slack-args.js";
import { slackMethod } from "./slack-method.js";

/** The credential itself: `io.slack.auth`. */
export class Auth<M extends RunMode = "job"> extends TaskGroup<WebClient, M> {
  /** Checks the token and tells which user, bot and workspace it belongs to (`auth.test`). */
  readonly test = this.task({
    name: "Test Auth",
    ...slackMethod("auth.test", (c, p: OptionalArgs<AuthTestArguments>) => c.auth.test(p)),
    sideEffect: "none",
  });
}
