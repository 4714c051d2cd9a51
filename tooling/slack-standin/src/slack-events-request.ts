import { createHmac } from "node:crypto";

/**
 * Slack's `v0` request signature, computed here with node:crypto as Slack documents it, apart from
 * the verifier under test: `v0=` + hex HMAC-SHA256 of `v0:<timestamp>:<raw body>`.
 */
export function slackRequestSignature(signingSecret: string, timestamp: number | string, rawBody: string): string {
  return `v0=${createHmac("sha256", signingSecret).update(`v0:${timestamp}:${rawBody}`).digest("hex")}`;
}

/** Options of {@link slackEventsRequest}. */
export interface SlackEventsRequestOptions {
  /** The Request URL Slack posts to. */
  readonly url: string;
  /** The body: an object is sent as JSON, a string as is. */
  readonly body: unknown;
  /** Signs the request when given; leave it out for an unsigned request. */
  readonly signingSecret?: string;
  /** `X-Slack-Request-Timestamp` in epoch seconds (default: now). */
  readonly timestamp?: number;
  /** Replaces the computed `X-Slack-Signature`, for forgeries. */
  readonly signature?: string;
  /** `X-Slack-Retry-Num`, as Slack sends on redelivery. */
  readonly retryNum?: number;
}

/** A request shaped as Slack's Events API sends one (JSON body, timestamp and signature headers). */
export function slackEventsRequest(options: SlackEventsRequestOptions): Request {
  const rawBody = typeof options.body === "string" ? options.body : JSON.stringify(options.body);
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  const headers: Record<string, string> = {
    "content-type": "application/json",
    "user-agent": "Slackbot 1.0 (+https://api.slack.com/robots)",
    "x-slack-request-timestamp": String(timestamp),
  };
  const signature =
    options.signature ??
    (options.signingSecret === undefined
      ? undefined
      : slackRequestSignature(options.signingSecret, timestamp, rawBody));
  if (signature !== undefined) headers["x-slack-signature"] = signature;
  if (options.retryNum !== undefined) {
    headers["x-slack-retry-num"] = String(options.retryNum);
    headers["x-slack-retry-reason"] = "http_timeout";
  }
  return new Request(options.url, { method: "POST", headers, body: rawBody });
}

let sequence = 0;

/** Wraps an event in the `event_callback` envelope Slack delivers it in, with fresh ids. */
export function slackEventCallback<TEvent extends { type: string }>(
  event: TEvent,
  envelope: { teamId?: string; apiAppId?: string; eventTime?: number } = {},
) {
  sequence += 1;
  return {
    token: "verification-token-standin",
    team_id: envelope.teamId ?? "T0STANDIN",
    api_app_id: envelope.apiAppId ?? "A0STANDIN",
    event,
    type: "event_callback" as const,
    event_id: `Ev0STANDIN${String(sequence).padStart(4, "0")}`,
    event_time: envelope.eventTime ?? Math.floor(Date.now() / 1000),
    authorizations: [{ enterprise_id: null, team_id: "T0STANDIN", user_id: "U0BOT", is_bot: true }],
    is_ext_shared_channel: false,
  };
}
