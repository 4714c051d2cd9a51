import type { UnwrapWebhookEvent } from "openai/resources/webhooks";

/** An OpenAI webhook event (`response.completed`, `batch.completed`, `fine_tuning.job.succeeded`, ...), typed by the SDK. */
export type OpenaiWebhookEvent = UnwrapWebhookEvent;

/** Every webhook event type the `openai` SDK describes (`"response.completed"`, `"batch.failed"`, ...). */
export type OpenaiWebhookEventType = OpenaiWebhookEvent["type"];

/** The event OpenAI sends for `TType`, as the SDK types it (`ResponseCompletedWebhookEvent` for `"response.completed"`). */
export type OpenaiWebhookEventOf<TType extends OpenaiWebhookEventType> = Extract<OpenaiWebhookEvent, { type: TType }>;

// A record, so the compiler fails when the SDK adds a type not listed here or drops one listed.
const EVENT_TYPES: Record<OpenaiWebhookEventType, true> = {
  "agent.environment.expired": true,
  "agent.environment.failed": true,
  "agent.environment.ready": true,
  "agent.environment.suspended": true,
  "agent.session.action_required": true,
  "agent.session.created": true,
  "agent.session.failed": true,
  "agent.session.idle": true,
  "agent.session.in_progress": true,
  "batch.cancelled": true,
  "batch.completed": true,
  "batch.expired": true,
  "batch.failed": true,
  "eval.run.canceled": true,
  "eval.run.failed": true,
  "eval.run.succeeded": true,
  "fine_tuning.job.cancelled": true,
  "fine_tuning.job.failed": true,
  "fine_tuning.job.succeeded": true,
  "live.call.incoming": true,
  "live.transport.connected": true,
  "live.transport.incoming": true,
  "realtime.call.incoming": true,
  "response.cancelled": true,
  "response.completed": true,
  "response.failed": true,
  "response.incomplete": true,
  "safety.alert.created": true,
  "safety.deactivation_issued": true,
  "safety.org_alert.created": true,
  "safety.warning_issued": true,
};

/** The webhook event types of the installed `openai` SDK, exactly those of {@link OpenaiWebhookEventType}. */
export const OPENAI_WEBHOOK_EVENT_TYPES = Object.keys(EVENT_TYPES) as readonly OpenaiWebhookEventType[];

/** `fine_tuning.job.succeeded` → `FineTuningJobSucceeded`: the SDK's own name for the event, less `WebhookEvent`. */
export type OpenaiWebhookEventName<S extends string> = S extends `${infer Head}.${infer Rest}`
  ? `${OpenaiWebhookEventName<Head>}${OpenaiWebhookEventName<Rest>}`
  : S extends `${infer Head}_${infer Rest}`
    ? `${Capitalize<Head>}${OpenaiWebhookEventName<Rest>}`
    : Capitalize<S>;

/** The shorthand trigger method of an event type: `response.completed` → `onResponseCompleted`. */
export function triggerMethodOf<TType extends OpenaiWebhookEventType>(
  type: TType,
): `on${OpenaiWebhookEventName<TType>}` {
  const name = type
    .split(/[._]/)
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join("");
  return `on${name}` as `on${OpenaiWebhookEventName<TType>}`;
}
