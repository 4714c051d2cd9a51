import { decodeCursor, encodeCursor, pageLimit } from "./paginated-collection.js";
import { timestampClock, timestampValue } from "./slack-timestamp.js";

/** Message metadata as Slack stores it: an event type and a free-form payload. */
export interface SlackMessageMetadata {
  readonly event_type: string;
  readonly event_payload: Record<string, unknown>;
}

/** A message posted to the stand-in, in the shape Slack's history returns it. */
export interface StoredMessage {
  readonly type: "message";
  /** Unique in the channel and increasing: Slack's id of the message. */
  readonly ts: string;
  readonly text: string;
  /** The thread parent's `ts`, on replies and on a parent that has replies. */
  readonly thread_ts?: string;
  readonly metadata?: SlackMessageMetadata;
  readonly [field: string]: unknown;
}

type Answer = Record<string, unknown>;
type Message = { -readonly [K in keyof StoredMessage]: StoredMessage[K] };

const truthy = (value: string | undefined) => value === "true" || value === "1";

/** Slack's `metadata` argument (JSON text), or null when it is not `{ event_type, event_payload }`. */
function parseMetadata(text: string): SlackMessageMetadata | null {
  try {
    const value = JSON.parse(text) as Partial<SlackMessageMetadata> | null;
    const payload = value?.event_payload;
    if (typeof value?.event_type !== "string" || typeof payload !== "object" || payload === null) return null;
    return { event_type: value.event_type, event_payload: payload };
  } catch {
    return null;
  }
}

/** A JSON argument (`blocks`, `attachments`) as Slack stores it; left out when it does not parse. */
function parseJson(text: string | undefined): unknown {
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * The channels' timelines: what chat.postMessage posted, as conversations.history and
 * conversations.replies read it back (metadata only with `include_all_metadata`, as Slack does).
 */
export class MessageStore {
  readonly #channels = new Map<string, Message[]>();
  readonly #nextTs = timestampClock();
  /** Fields every stored message starts from (the description's example: `type`, `bot_id`). */
  readonly #base: Record<string, unknown>;

  constructor(example: Record<string, unknown>) {
    const { type = "message", bot_id } = (example.message ?? {}) as Record<string, unknown>;
    this.#base = bot_id === undefined ? { type } : { type, bot_id };
  }

  /** Whether the channel has stored messages (otherwise the stand-in answers examples). */
  has(channel: string | undefined): boolean {
    return channel !== undefined && (this.#channels.get(channel)?.length ?? 0) > 0;
  }

  /** The channel's messages, oldest first, with their metadata. */
  messages(channel: string): StoredMessage[] {
    return structuredClone(this.#channels.get(channel) ?? []);
  }

  /** Forgets every channel. */
  clear(): void {
    this.#channels.clear();
  }

  /** chat.postMessage: stores the message and answers `{ ok, channel, ts, message }`. */
  post(params: Record<string, string>): Answer {
    const metadata = params.metadata === undefined ? undefined : parseMetadata(params.metadata);
    if (metadata === null) return { ok: false, error: "invalid_metadata_format" };
    const channel = params.channel ?? "";
    const timeline = this.#channels.get(channel) ?? [];
    this.#channels.set(channel, timeline);
    const message: Message = { ...this.#base, type: "message", text: params.text ?? "", ts: this.#nextTs() };
    for (const field of ["blocks", "attachments"]) {
      const value = parseJson(params[field]);
      if (value !== undefined) message[field] = value;
    }
    if (params.username) message.username = params.username;
    if (metadata) message.metadata = metadata;
    if (params.thread_ts) {
      const parent = timeline.find((m) => m.ts === params.thread_ts);
      message.thread_ts = parent?.thread_ts ?? params.thread_ts;
      if (truthy(params.reply_broadcast)) message.subtype = "thread_broadcast";
      const root = timeline.find((m) => m.ts === message.thread_ts);
      if (root) {
        root.thread_ts = root.ts;
        root.reply_count = Number(root.reply_count ?? 0) + 1;
        root.latest_reply = message.ts;
      }
    }
    timeline.push(message);
    return { ok: true, channel, ts: message.ts, message: structuredClone(message) };
  }

  /** conversations.history: the channel's messages (not thread replies), newest first, paged by cursor. */
  history(params: Record<string, string>): Answer {
    const inRange = this.#range(params);
    if (typeof inRange === "string") return { ok: false, error: inRange };
    const visible = (m: Message) => !m.thread_ts || m.thread_ts === m.ts || m.subtype === "thread_broadcast";
    const list = this.#timeline(params).filter((m) => visible(m) && inRange(m));
    const page = this.#page(list.reverse(), params);
    return page.ok === false ? page : { ...page, pin_count: 0 };
  }

  /** conversations.replies: the thread of `ts`, parent first, then its replies oldest first. */
  replies(params: Record<string, string>): Answer {
    if (!params.ts) {
      const messages = ["[ERROR] missing required field: ts"];
      return { ok: false, error: "invalid_arguments", response_metadata: { messages } };
    }
    const inRange = this.#range(params);
    if (typeof inRange === "string") return { ok: false, error: inRange };
    const timeline = this.#timeline(params);
    const found = timeline.find((m) => m.ts === params.ts);
    const parent = timeline.find((m) => m.ts === (found?.thread_ts ?? found?.ts));
    if (!parent) return { ok: false, error: "thread_not_found" };
    const replies = timeline.filter((m) => m.thread_ts === parent.ts && m !== parent && inRange(m));
    return this.#page([parent, ...replies], params);
  }

  #timeline(params: Record<string, string>): Message[] {
    return [...(this.#channels.get(params.channel ?? "") ?? [])];
  }

  /** The `oldest`/`latest`/`inclusive` filter, or Slack's error for a malformed bound. */
  #range(params: Record<string, string>): ((m: Message) => boolean) | string {
    const oldest = params.oldest ? timestampValue(params.oldest) : 0;
    if (oldest === undefined) return "invalid_ts_oldest";
    const latest = params.latest ? timestampValue(params.latest) : Number.POSITIVE_INFINITY;
    if (latest === undefined) return "invalid_ts_latest";
    const inclusive = truthy(params.inclusive);
    return (m) => {
      const value = timestampValue(m.ts) ?? 0;
      return inclusive ? value >= oldest && value <= latest : value > oldest && value < latest;
    };
  }

  /** One page by `limit` and a `next_ts` cursor (Slack's own kind), metadata only when asked for. */
  #page(list: Message[], params: Record<string, string>): Answer {
    const start = params.cursor ? list.findIndex((m) => m.ts === decodeCursor("next_ts", params.cursor ?? "")) : 0;
    if (start < 0) return { ok: false, error: "invalid_cursor" };
    const end = start + pageLimit(params);
    const next = list[end];
    const withMetadata = truthy(params.include_all_metadata);
    const messages = list.slice(start, end).map((message) => {
      const { metadata, ...rest } = structuredClone(message);
      return withMetadata && metadata ? { ...rest, metadata } : rest;
    });
    return {
      ok: true,
      messages,
      has_more: next !== undefined,
      response_metadata: { next_cursor: next ? encodeCursor("next_ts", next.ts) : "" },
    };
  }
}
