import type { SlackEventsApiRequest } from "./slack-event-types.js";
import { SlackEventsError } from "./slack-events-error.js";

type FieldKind = "string" | "number" | "object" | "array";

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

const kindOf = (value: unknown): FieldKind | "other" => {
  if (Array.isArray(value)) return "array";
  if (value !== null && typeof value === "object") return "object";
  if (typeof value === "string") return "string";
  if (typeof value === "number" && Number.isFinite(value)) return "number";
  return "other";
};

/** What is wrong with a body; {@link parseSlackEventsRequest} turns it into a SlackEventsError. */
class Malformed extends Error {}
const malformed = (detail: string) => new Malformed(detail);

function requireFields(subject: string, record: Record<string, unknown>, fields: Readonly<Record<string, FieldKind>>) {
  for (const [field, kind] of Object.entries(fields)) {
    if (kindOf(record[field]) !== kind) throw malformed(`${subject} needs \`${field}\` as a ${kind}.`);
  }
}

/**
 * Parses the raw body of an Events API request into its typed shape. Throws a
 * {@link SlackEventsError} (`malformed-payload`, naming `integrationId`) for anything Slack would
 * not send. It does not check the signature: call it only on verified bodies.
 */
export function parseSlackEventsRequest(rawBody: string, integrationId = "slack"): SlackEventsApiRequest {
  try {
    return parseBody(rawBody);
  } catch (error) {
    if (!(error instanceof Malformed)) throw error;
    throw new SlackEventsError(integrationId, "malformed-payload", `Events API request is malformed: ${error.message}`);
  }
}

function parseBody(rawBody: string): SlackEventsApiRequest {
  let body: unknown;
  try {
    body = JSON.parse(rawBody);
  } catch {
    throw malformed("the body is not JSON.");
  }
  if (kindOf(body) !== "object") throw malformed("the body is not a JSON object.");
  const record = body as Record<string, unknown>;
  switch (record.type) {
    case "url_verification":
      requireFields("a url_verification request", record, { challenge: "string" });
      return { type: "url_verification", challenge: record.challenge as string };
    case "app_rate_limited":
      requireFields("an app_rate_limited request", record, {
        team_id: "string",
        api_app_id: "string",
        minute_rate_limited: "number",
      });
      return record as unknown as SlackEventsApiRequest;
    case "event_callback": {
      requireFields("an event_callback", record, {
        team_id: "string",
        api_app_id: "string",
        event_id: "string",
        event_time: "number",
        event: "object",
      });
      const event = record.event as Record<string, unknown>;
      if (typeof event.type !== "string" || event.type === "") throw malformed("the event has no `type`.");
      const required = REQUIRED_EVENT_FIELDS[event.type];
      if (required) requireFields(`a ${event.type} event`, event, required);
      // The verification token is a credential of its own (deprecated, but still sent): keep it out of runs.
      const { token: _token, ...envelope } = record;
      return envelope as unknown as SlackEventsApiRequest;
    }
    default:
      throw malformed(
        `\`type\` is ${JSON.stringify(record.type ?? null)}; expected event_callback, url_verification or app_rate_limited.`,
      );
  }
}
