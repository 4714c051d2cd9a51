import type {
  ViewsOpenArguments,
  ViewsPublishArguments,
  ViewsPushArguments,
  ViewsUpdateArguments,
} from "@slack/web-api";
import { SlackNamespace } from "./slack-namespace.js";
import type { SlackArgs } from "./task-definition.js";

/** Modals and App Home: `io.slack.views`. */
export class Views extends SlackNamespace {
  /** Opens a modal for a user interaction's `trigger_id` (`views.open`). */
  readonly open = this.task("Open View", "views.open", (c, p: SlackArgs<ViewsOpenArguments>) => c.views.open(p));
  /** Publishes a user's App Home tab (`views.publish`). */
  readonly publish = this.task("Publish View", "views.publish", (c, p: SlackArgs<ViewsPublishArguments>) =>
    c.views.publish(p),
  );
  /** Pushes a view onto an open modal's stack (`views.push`). */
  readonly push = this.task("Push View", "views.push", (c, p: SlackArgs<ViewsPushArguments>) => c.views.push(p));
  /** Replaces an open view (`views.update`). */
  readonly update = this.task("Update View", "views.update", (c, p: SlackArgs<ViewsUpdateArguments>) =>
    c.views.update(p),
  );
}
