import {
  type ChatDeleteArguments,
  type ChatDeleteScheduledMessageArguments,
  type ChatGetPermalinkArguments,
  type ChatPostEphemeralArguments,
  type ChatPostMessageArguments,
  type ChatPostMessageResponse,
  type ChatScheduledMessagesListArguments,
  type ChatScheduledMessagesListResponse,
  type ChatScheduleMessageArguments,
  type ChatUpdateArguments,
  WebAPIPlatformError,
} from "@slack/web-api";
import { Conversations } from "./conversations.js";
import { SlackNamespace } from "./slack-namespace.js";
import { defineSlackTask, type SlackArgs, type SlackTask } from "./task-definition.js";

type Args<T> = SlackArgs<T>;

const isNotInChannel = (error: unknown) =>
  error instanceof WebAPIPlatformError && error.data.error === "not_in_channel";

/** Messages: `io.slack.chat`. */
export class Chat extends SlackNamespace {
  /** Posts a message once, without joining: the subtask behind {@link Chat.postMessage}'s second try. */
  readonly #postOnce = this.task("Post Message", "chat.postMessage", (c, p: Args<ChatPostMessageArguments>) =>
    c.chat.postMessage(p),
  );

  /**
   * Posts a message to a channel (`chat.postMessage`). When the app is not in the channel it joins
   * it and posts again, each as a subtask, exactly once; a second `not_in_channel` fails the task.
   */
  readonly postMessage: SlackTask<Args<ChatPostMessageArguments>, ChatPostMessageResponse> = defineSlackTask(this.run, {
    name: "Post Message",
    method: "chat.postMessage",
    call: async (client, params) => {
      try {
        // Awaited inside the try, so a not_in_channel answer is caught here (the defect of @trigger.dev/slack).
        return await client.chat.postMessage(params);
      } catch (error) {
        if (!isNotInChannel(error)) throw error;
      }
      await new Conversations(this.run).join("join-channel", { channel: params.channel });
      return this.#postOnce("post-after-join", params);
    },
  });
  /** Edits a message (`chat.update`). */
  readonly update = this.task("Update Message", "chat.update", (c, p: Args<ChatUpdateArguments>) => c.chat.update(p));
  /** Deletes a message (`chat.delete`). */
  readonly delete = this.task("Delete Message", "chat.delete", (c, p: Args<ChatDeleteArguments>) => c.chat.delete(p));
  /** Posts a message only one user in the channel can see (`chat.postEphemeral`). */
  readonly postEphemeral = this.task(
    "Post Ephemeral Message",
    "chat.postEphemeral",
    (c, p: Args<ChatPostEphemeralArguments>) => c.chat.postEphemeral(p),
  );
  /** Schedules a message for `post_at` (Unix seconds) (`chat.scheduleMessage`). */
  readonly scheduleMessage = this.task(
    "Schedule Message",
    "chat.scheduleMessage",
    (c, p: Args<ChatScheduleMessageArguments>) => c.chat.scheduleMessage(p),
  );
  /** Cancels a scheduled message (`chat.deleteScheduledMessage`). */
  readonly deleteScheduledMessage = this.task(
    "Delete Scheduled Message",
    "chat.deleteScheduledMessage",
    (c, p: Args<ChatDeleteScheduledMessageArguments>) => c.chat.deleteScheduledMessage(p),
  );
  /** Lists scheduled messages within `maxPages` / `maxItems` (`chat.scheduledMessages.list`). */
  readonly listScheduledMessages = this.pagedTask<
    Args<ChatScheduledMessagesListArguments>,
    ChatScheduledMessagesListResponse
  >("List Scheduled Messages", "chat.scheduledMessages.list", "scheduled_messages");
  /** Gets a permanent link to a message (`chat.getPermalink`). */
  readonly getPermalink = this.task("Get Message Link", "chat.getPermalink", (c, p: Args<ChatGetPermalinkArguments>) =>
    c.chat.getPermalink(p),
  );
}
