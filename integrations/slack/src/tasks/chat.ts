import { type RunMode, TaskGroup } from "@acme/integration-kit";
import type {
  ChatDeleteArguments,
  ChatDeleteResponse,
  ChatDeleteScheduledMessageArguments,
  ChatGetPermalinkArguments,
  ChatPostEphemeralArguments,
  ChatPostMessageArguments,
  ChatPostMessageResponse,
  ChatScheduledMessagesListArguments,
  ChatScheduledMessagesListResponse,
  ChatScheduleMessageArguments,
  ChatUpdateArguments,
  WebClient,
} from "@slack/web-api";
import { slackErrorCode } from "../slack-web-api-errors.js";
import { Conversations } from "./conversations.js";
import { postMessageCheck } from "./post-message-check.js";
import { type SlackArgs as Args, type OptionalArgs, withoutToken } from "./slack-args.js";
import { slackListing } from "./slack-listing.js";
import { slackMethod } from "./slack-method.js";
import { slackProperties } from "./slack-properties.js";

/** Messages: `io.slack.chat`. */
export class Chat<M extends RunMode = "job"> extends TaskGroup<WebClient, M> {
  /**
   * Posts a message to a channel (`chat.postMessage`). When the app is not in the channel it joins
   * it (a "Join Channel" step) and posts again. Safe to retry: the message carries the task's
   * marker in its `metadata`, and a retry looks for it in the channel's recent history first.
   */
  readonly postMessage = this.task({
    name: "Post Message",
    call: async (client, params: Args<ChatPostMessageArguments>, context): Promise<ChatPostMessageResponse> => {
      const args = withoutToken(params);
      try {
        // Awaited inside the try, so a not_in_channel answer is caught here (the defect of @trigger.dev/slack).
        return await client.chat.postMessage(args);
      } catch (error) {
        if (slackErrorCode(error) !== "not_in_channel") throw error;
      }
      await context.step("join-channel", new Conversations(this.runner).join, { channel: args.channel });
      // The second post stays in this task, under its marker: a retried step would re-run this task
      // from the top, where the first post, now in the channel, would post the message twice.
      return client.chat.postMessage(args);
    },
    properties: slackProperties("chat.postMessage"),
    sideEffect: postMessageCheck,
  });
  /** Edits a message (`chat.update`). */
  readonly update = this.task({
    name: "Update Message",
    ...slackMethod("chat.update", (c, p: Args<ChatUpdateArguments>) => c.chat.update(p)),
    sideEffect: "idempotent",
  });
  /** Deletes a message (`chat.delete`); on a retry, `message_not_found` means the first try deleted it. */
  readonly delete = this.task({
    name: "Delete Message",
    ...slackMethod("chat.delete", (c, p: Args<ChatDeleteArguments>) => c.chat.delete(p), {
      codes: ["message_not_found"],
      answer: async (_, p): Promise<ChatDeleteResponse> => ({ ok: true, channel: p.channel, ts: p.ts }),
    }),
    sideEffect: "idempotent",
  });
  /** Posts a message only one user in the channel can see (`chat.postEphemeral`); it cannot be read back, so it is not retried after a lost answer. */
  readonly postEphemeral = this.task({
    name: "Post Ephemeral Message",
    ...slackMethod("chat.postEphemeral", (c, p: Args<ChatPostEphemeralArguments>) => c.chat.postEphemeral(p)),
    sideEffect: "unchecked",
  });
  /** Schedules a message for `post_at` (Unix seconds) (`chat.scheduleMessage`). */
  readonly scheduleMessage = this.task({
    name: "Schedule Message",
    ...slackMethod("chat.scheduleMessage", (c, p: Args<ChatScheduleMessageArguments>) => c.chat.scheduleMessage(p)),
    sideEffect: "unchecked",
  });
  /** Cancels a scheduled message (`chat.deleteScheduledMessage`). */
  readonly deleteScheduledMessage = this.task({
    name: "Delete Scheduled Message",
    ...slackMethod(
      "chat.deleteScheduledMessage",
      (c, p: Args<ChatDeleteScheduledMessageArguments>) => c.chat.deleteScheduledMessage(p),
      { codes: ["invalid_scheduled_message_id"] },
    ),
    sideEffect: "idempotent",
  });
  /** Lists scheduled messages (`chat.scheduledMessages.list`). */
  readonly listScheduledMessages = this.listing(
    slackListing<OptionalArgs<ChatScheduledMessagesListArguments>, ChatScheduledMessagesListResponse>({
      name: "List Scheduled Messages",
      method: "chat.scheduledMessages.list",
      items: "scheduled_messages",
    }),
  );
  /** Gets a permanent link to a message (`chat.getPermalink`). */
  readonly getPermalink = this.task({
    name: "Get Message Link",
    ...slackMethod("chat.getPermalink", (c, p: Args<ChatGetPermalinkArguments>) => c.chat.getPermalink(p)),
    sideEffect: "none",
  });
}
