import type { Block, KnownBlock, MessageAttachment, MessageMetadata } from "@slack/web-api";

/**
 * `chat.postMessage` arguments in the looser shape `@trigger.dev/slack` accepted (every field but
 * `channel` optional, in one object), so job code written for it compiles unchanged.
 */
export interface CompatPostMessageParams {
  channel: string;
  text?: string;
  as_user?: boolean;
  attachments?: MessageAttachment[];
  blocks?: (KnownBlock | Block)[];
  icon_emoji?: string;
  icon_url?: string;
  metadata?: MessageMetadata;
  link_names?: boolean;
  mrkdwn?: boolean;
  parse?: "full" | "none";
  reply_broadcast?: boolean;
  thread_ts?: string;
  unfurl_links?: boolean;
  unfurl_media?: boolean;
  username?: string;
}

/** A response as `@trigger.dev/slack` typed it: the declared fields plus any others Slack sends. */
export type CompatResponse<T> = T & Record<string, unknown>;
