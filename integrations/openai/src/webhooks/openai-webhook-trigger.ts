import { EndpointTrigger, type WebhookEndpoint } from "@acme/integration-kit";
import type { OpenaiWebhookEvent, OpenaiWebhookEventOf, OpenaiWebhookEventType } from "./openai-webhook-event-types.js";

// Where an event's data names what it is about: most carry `id`, Realtime calls `call_id`, live sessions `session_id`.
const SUBJECT_FIELDS = ["id", "call_id", "session_id"] as const;

/** `response.completed` → `response`: what the event is about, as the dashboard labels its id. */
const subjectLabel = (type: string) => type.slice(0, type.lastIndexOf(".")) || type;

function runProperties(event: OpenaiWebhookEvent): { label: string; text: string }[] {
  const data = event.data as unknown as Record<string, unknown>;
  const field = SUBJECT_FIELDS.find((name) => typeof data[name] === "string");
  return [
    { label: "Event", text: event.type },
    { label: "Event ID", text: event.id },
    ...(field ? [{ label: subjectLabel(event.type), text: data[field] as string }] : []),
  ];
}

/**
 * Triggers a job on one or several OpenAI webhook event types, with the kit's endpoint trigger: a
 * rule on the method (POST) and the body's `type`; the job receives the event typed by the SDK;
 * before each execution the stored request's method, signature and age (at the time Trigger.dev
 * received it) are checked.
 */
export class OpenaiWebhookTrigger<TType extends OpenaiWebhookEventType> extends EndpointTrigger<
  OpenaiWebhookEvent,
  OpenaiWebhookEventOf<TType>
> {
  /** The event types this trigger runs jobs for. */
  readonly types: readonly TType[];

  constructor(endpoint: WebhookEndpoint<OpenaiWebhookEvent>, types: readonly TType[]) {
    const accepted: readonly string[] = types;
    super(endpoint, {
      title: `OpenAI ${types.join(", ")}`,
      filter: { method: ["POST"], body: { type: [...types] } },
      accepts: (event): event is OpenaiWebhookEventOf<TType> => accepted.includes(event.type),
      expected: `a ${types.join(" or ")} event`,
      describe: (event) => event.type,
      runProperties,
    });
    this.types = types;
  }
}
