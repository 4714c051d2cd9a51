import {
  type FieldKind,
  kindOf,
  payloadProblem,
  type ReceiveWebhookOptions,
  receiveWebhook,
  slackSignatureScheme,
  type WebhookReceipt,
  type WebhookReceiver,
  WebhookRejectedError,
} from "@acme/integration-kit";
import type { SlackAppRateLimited, SlackEventEnvelope, SlackEventsApiRequest } from "./slack-event-types.js";

/** The environment variable the signing secret is read from when `signingSecret` is not passed. */
export const SLACK_SIGNING_SECRET_ENV = "SLACK_SIGNING_SECRET";

/** What Slack's Events API delivers to act on: an event, or word that the app is rate limited. */
export type SlackEventsDelivery = SlackEventEnvelope | SlackAppRateLimited;

/**
 * Fields Slack always sends for the event types people trigger on most, checked so a payload that
 * claims a type but lacks its core fields is refused instead of reaching a job as `undefined`.
 * Other event types are passed through with only the envelope checked.
 */
const REQUIRED_EVENT_FIELDS: Readonly<Record<string, Readonly<Record<string, FieldKind>>>> = {
  message: { channel: "string", ts: "string" },
  app_mention: { channel: "string", ts: "string", text: "string" },
  reaction_added: { user: "string", reaction: "string", item: "object" },
  reaction_removed: { user: "string", reaction: "string", item: "object" },
  member_joined_channel: { user: "string", channel: "string" },
  member_left_channel: { user: "string", channel: "string" },
  channel_created: { channel: "object" },
  channel_rename: { channel: "object" },
  channel_archive: { channel: "string" },
  channel_unarchive: { channel: "string" },
  team_join: { user: "object" },
  app_home_opened: { user: "string", channel: "string" },
  pin_added: { channel_id: "string" },
  pin_removed: { channel_id: "string" },
  link_shared: { channel: "string", links: "array" },
  user_change: { user: "object" },
};

const ENVELOPE = {
  team_id: "string",
  api_app_id: "string",
  event_id: "string",
  event_time: "number",
  event: "object",
} as const;

/** The raw body of an Events API request in its typed shape, or what is wrong with it. */
function readBody(rawBody: string): SlackEventsApiRequest | { readonly problem: string } {
  let body: unknown;
  try {
    body = JSON.parse(rawBody);
  } catch {
    return { problem: "the body is not JSON." };
  }
  if (kindOf(body) !== "object") return { problem: "the body is not a JSON object." };
  const record = body as Record<string, unknown>;
  const problem = (subject: string, value: unknown, fields: Readonly<Record<string, FieldKind>>) => {
    const found = payloadProblem(subject, value, fields);
    return found ? { problem: `${found}.` } : undefined;
  };
  switch (record.type) {
    case "url_verification":
      return (
        problem("a url_verification request", record, { challenge: "string" }) ?? {
          type: "url_verification",
          challenge: record.challenge as string,
        }
      );
    case "app_rate_limited":
      return (
        problem("an app_rate_limited request", record, {
          team_id: "string",
          api_app_id: "string",
          minute_rate_limited: "number",
        }) ?? (record as unknown as SlackAppRateLimited)
      );
    case "event_callback": {
      const envelopeProblem = problem("an event_callback", record, ENVELOPE);
      if (envelopeProblem) return envelopeProblem;
      const event = record.event as Record<string, unknown>;
      if (typeof event.type !== "string" || event.type === "") return { problem: "the event has no `type`." };
      const required = REQUIRED_EVENT_FIELDS[event.type];
      const eventProblem = required && problem(`a ${event.type} event`, event, required);
      if (eventProblem) return eventProblem;
      // The verification token is a credential of its own (deprecated, but still sent): keep it out of runs.
      const { token: _token, ...envelope } = record;
      return envelope as unknown as SlackEventEnvelope;
    }
    default:
      return {
        problem: `\`type\` is ${JSON.stringify(record.type ?? null)}; expected event_callback, url_verification or app_rate_limited.`,
      };
  }
}

/** Slack's Events API: v0 signatures, the `url_verification` handshake, typed envelopes. */
export const slackEventsReceiver: WebhookReceiver<SlackEventsDelivery> = {
  scheme: slackSignatureScheme,
  fixes: {
    "no-secret-configured":
      `Set ${SLACK_SIGNING_SECRET_ENV} (your Slack app's Basic Information → App Credentials → Signing Secret) ` +
      "or pass `signingSecret` to slack.events.endpoint() (or receiveSlackEvent).",
    "signature-mismatch": "Check that the signing secret is your Slack app's, not another app's.",
  },
  read(delivery) {
    const body = readBody(delivery.rawBody);
    if ("problem" in body)
      return { refuse: "malformed-payload", problem: `Events API request is malformed: ${body.problem}` };
    return body.type === "url_verification" ? { reply: { challenge: body.challenge } } : { event: body };
  },
};

/**
 * Parses the raw body of an Events API request into its typed shape. Throws a
 * {@link WebhookRejectedError} (`malformed-payload`, naming `integrationId`) for anything Slack
 * would not send. It does not check the signature: call it only on verified bodies.
 */
export function parseSlackEventsRequest(rawBody: string, integrationId = "slack"): SlackEventsApiRequest {
  const body = readBody(rawBody);
  if (!("problem" in body)) return body;
  throw new WebhookRejectedError(
    { service: { name: "Slack" }, integrationId },
    {
      reason: "malformed-payload",
      message: `Slack webhook rejected (malformed-payload): Events API request is malformed: ${body.problem}`,
    },
  );
}

/** Options of {@link receiveSlackEvent}. */
export interface ReceiveSlackEventOptions {
  /** The app's signing secret; without one every request is refused (`500`). */
  readonly signingSecret: string | undefined;
  /** The `id` of your Slack integration, for messages (default `"slack"`). */
  readonly integrationId?: string;
  /** When the request was received, in ms (default now): the 5-minute replay window is judged at it. */
  readonly receivedAt?: ReceiveWebhookOptions["receivedAt"];
}

/**
 * Verifies and reads one Events API request in any web framework: method (POST), `X-Slack-Signature`
 * with its 5-minute replay window, then the body. `receipt.event` is the typed envelope to act on
 * (before `tasks.trigger`, say); `url_verification` is answered; a refusal says why, never with the
 * secret. Return `receipt.response()` to Slack.
 */
export function receiveSlackEvent(
  request: Request,
  options: ReceiveSlackEventOptions,
): Promise<WebhookReceipt<SlackEventsDelivery>> {
  const { signingSecret, integrationId = "slack", ...rest } = options;
  const origin = { service: { name: "Slack" }, integrationId };
  return receiveWebhook(slackEventsReceiver, request, { secret: signingSecret, origin, ...rest });
}
