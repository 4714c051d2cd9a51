import { type EarlierResultCheck, TaskInputError } from "@acme/integration-kit";
import type { ChatPostMessageArguments, ChatPostMessageResponse, WebClient } from "@slack/web-api";
import type { SlackArgs } from "./slack-args.js";

type PostParams = SlackArgs<ChatPostMessageArguments>;
type Metadata = NonNullable<ChatPostMessageArguments["metadata"]>;

/** The metadata event type the marker travels in when the message has no metadata of its own. */
export const MARKER_EVENT_TYPE = "trigger_idempotency";
/** The `event_payload` field that holds the marker. */
export const MARKER_FIELD = "idempotency_key";
/** How many recent messages a retry reads to find its earlier post: one page. */
const RECENT_MESSAGES = 200;
/**
 * How far back a retry reads a thread: replies come oldest first, so the window keeps the page on
 * recent ones. A day outlasts any retry schedule of a task.
 */
const THREAD_WINDOW_SECONDS = 24 * 60 * 60;
/** Channel, private channel and DM ids: what conversations.history can read. */
const CONVERSATION_ID = /^[CGD][A-Z0-9]+$/;
/** A user ID: postMessage posts to the app's DM with that user. */
const USER_ID = /^[UW][A-Z0-9]+$/;

/** The message's metadata with the marker added: into the caller's own `event_payload`, or in ours. */
function markedMetadata(own: Metadata | undefined, marker: string): Metadata {
  return {
    ...own,
    event_type: own?.event_type ?? MARKER_EVENT_TYPE,
    event_payload: { ...own?.event_payload, [MARKER_FIELD]: marker },
  };
}

/** The conversation a post to `channel` lands in, as an ID whose history can be read. */
async function conversationOf(client: WebClient, channel: string): Promise<string> {
  if (CONVERSATION_ID.test(channel)) return channel;
  // Opening the DM with a user only finds the one Slack already has (conversations.open is idempotent).
  const dm = USER_ID.test(channel) ? (await client.conversations.open({ users: channel })).channel?.id : undefined;
  if (dm) return dm;
  throw new TaskInputError(
    `the message may already have been posted, and a retry cannot check: "channel" is ${JSON.stringify(channel)}, not a conversation or user ID whose history it could read`,
    "Pass the channel's ID (C0123456789) so a retry can find an earlier post; check the channel before running it again.",
  );
}

/** The recent messages of `channel` where a post with these params would be: the thread's, or the channel's. */
async function recentMessages(
  client: WebClient,
  channel: string,
  params: PostParams,
): Promise<Record<string, unknown>[]> {
  const thread = "thread_ts" in params ? params.thread_ts : undefined;
  const page = thread
    ? await client.conversations.replies({
        channel,
        ts: thread,
        oldest: String(Math.floor(Date.now() / 1000) - THREAD_WINDOW_SECONDS),
        limit: RECENT_MESSAGES,
        include_all_metadata: true,
      })
    : await client.conversations.history({ channel, limit: RECENT_MESSAGES, include_all_metadata: true });
  return (page.messages ?? []) as Record<string, unknown>[];
}

const markerOf = (message: Record<string, unknown>) =>
  (message.metadata as { event_payload?: Record<string, unknown> } | undefined)?.event_payload?.[MARKER_FIELD];

/**
 * `chat.postMessage` made safe to retry: each post carries the task's marker in its message
 * `metadata`, and a retry first reads the channel's (or thread's) most recent messages, with their
 * metadata, for a message carrying it. Found: the task answers it as postMessage would have.
 * Reading history needs the conversation's history scope (`channels:history`, `groups:history`,
 * `im:history`; a post to a user ID also `im:write` to find the DM), and `channel` as an ID: a
 * channel name would need every channel listed, so a retry to one fails, saying what may exist.
 */
export const postMessageCheck: EarlierResultCheck<WebClient, PostParams, ChatPostMessageResponse> = {
  creates: "message",
  mark: (params, marker) => ({ ...params, metadata: markedMetadata(params.metadata, marker) }),
  async findEarlier(client, params, marker) {
    const channel = await conversationOf(client, params.channel);
    const found = (await recentMessages(client, channel, params)).find((message) => markerOf(message) === marker);
    if (!found) return undefined;
    return { ok: true, channel, ts: found.ts, message: found } as ChatPostMessageResponse;
  },
};
