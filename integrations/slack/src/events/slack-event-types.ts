import type { SlackEvent } from "@slack/types";

/** Every event type `@slack/types` describes (`"message"`, `"app_mention"`, `"reaction_added"`, ...). */
export type SlackEventType = SlackEvent["type"];

/** The event Slack sends for `type`, as `@slack/types` describes it (`message` is the union of its subtypes). */
export type SlackEventOf<TType extends SlackEventType> = Extract<SlackEvent, { type: TType }>;

/** One workspace (or org) the event is visible to, as the `authorizations` field lists it. */
export interface SlackEventAuthorization {
  readonly enterprise_id: string | null;
  readonly team_id: string | null;
  readonly user_id: string;
  readonly is_bot: boolean;
  readonly is_enterprise_install?: boolean;
}

/**
 * An `event_callback` delivery: the envelope around one event. The deprecated verification `token`
 * Slack still puts in the body is dropped, so it never reaches run payloads or logs.
 */
export interface SlackEventEnvelope<TEvent extends { type: string } = SlackEvent> {
  readonly type: "event_callback";
  /** Workspace the event happened in. */
  readonly team_id: string;
  /** Your app's id, to tell apps apart when several share one Request URL. */
  readonly api_app_id: string;
  /** The event itself. */
  readonly event: TEvent;
  /** Unique across all workspaces; the same on Slack's retries, so use it to drop duplicates. */
  readonly event_id: string;
  /** When the event was dispatched, in epoch seconds. */
  readonly event_time: number;
  readonly enterprise_id?: string;
  readonly context_team_id?: string | null;
  readonly context_enterprise_id?: string | null;
  readonly is_ext_shared_channel?: boolean;
  readonly event_context?: string;
  readonly authorizations?: readonly SlackEventAuthorization[];
  /** Deprecated by Slack in favour of `authorizations`; still present in older deliveries. */
  readonly authed_users?: readonly string[];
  readonly authed_teams?: readonly string[];
}

/** The handshake Slack sends when a Request URL is saved: answer with `challenge`. */
export interface SlackUrlVerification {
  readonly type: "url_verification";
  readonly challenge: string;
}

/** Slack tells the app it sent more than 30,000 events in an hour to one workspace and drops the rest. */
export interface SlackAppRateLimited {
  readonly type: "app_rate_limited";
  readonly team_id: string;
  readonly minute_rate_limited: number;
  readonly api_app_id: string;
}

/** Any body Slack's Events API posts to a Request URL. */
export type SlackEventsApiRequest = SlackEventEnvelope | SlackUrlVerification | SlackAppRateLimited;
