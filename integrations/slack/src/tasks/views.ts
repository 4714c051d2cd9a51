import { type RunMode, TaskGroup } from "@acme/integration-kit";
import type {
  ViewsOpenArguments,
  ViewsPublishArguments,
  ViewsPushArguments,
  ViewsUpdateArguments,
  WebClient,
} from "@slack/web-api";
import type { SlackArgs as Args } from "./slack-args.js";
import { slackMethod } from "./slack-method.js";

/** Modals and App Home: `io.slack.views`. */
export class Views<M extends RunMode = "job"> extends TaskGroup<WebClient, M> {
  /** Opens a modal for a user interaction's `trigger_id` (`views.open`); a modal cannot be looked up, so a lost answer is not retried. */
  readonly open = this.task({
    name: "Open View",
    ...slackMethod("views.open", (c, p: Args<ViewsOpenArguments>) => c.views.open(p)),
    sideEffect: "unchecked",
  });
  /** Publishes a user's App Home tab (`views.publish`). */
  readonly publish = this.task({
    name: "Publish View",
    ...slackMethod("views.publish", (c, p: Args<ViewsPublishArguments>) => c.views.publish(p)),
    sideEffect: "idempotent",
  });
  /** Pushes a view onto an open modal's stack (`views.push`); not retried after a lost answer. */
  readonly push = this.task({
    name: "Push View",
    ...slackMethod("views.push", (c, p: Args<ViewsPushArguments>) => c.views.push(p)),
    sideEffect: "unchecked",
  });
  /** Replaces an open view (`views.update`). */
  readonly update = this.task({
    name: "Update View",
    ...slackMethod("views.update", (c, p: Args<ViewsUpdateArguments>) => c.views.update(p)),
    sideEffect: "idempotent",
  });
}
