import {
  type HttpEndpointClient,
  InvalidOptionsError,
  resolveEndpointSettings,
  WebhookEndpoint,
} from "@acme/integration-kit";
import {
  OPENAI_WEBHOOK_EVENT_TYPES,
  type OpenaiWebhookEvent,
  type OpenaiWebhookEventName,
  type OpenaiWebhookEventType,
  triggerMethodOf,
} from "./openai-webhook-event-types.js";
import { OPENAI_WEBHOOK_SECRET_ENV, openaiWebhookReceiver } from "./openai-webhook-receiver.js";
import { OpenaiWebhookTrigger } from "./openai-webhook-trigger.js";

/** Options of `openai.webhooks.endpoint(client, options)`. */
export interface OpenaiWebhookEndpointOptions {
  /** The HTTP endpoint's id in your Trigger.dev project; its URL is what you give OpenAI as the webhook's URL. */
  id: string;
  /**
   * The OpenAI webhook's signing secret (`whsec_...`, shown once when you create it). Leave the key
   * out to read `OPENAI_WEBHOOK_SECRET`; passed but empty (an unset variable) throws at construction.
   */
  secret?: string;
  /** Title in the Trigger.dev dashboard (default "OpenAI webhooks"). */
  title?: string;
  /** Set `false` to stop triggering runs without removing the endpoint. */
  enabled?: boolean;
}

/** One shorthand per event type: `onResponseCompleted()` is `on("response.completed")`. */
export type OpenaiWebhookTriggerMethods = {
  [TType in OpenaiWebhookEventType as `on${OpenaiWebhookEventName<TType>}`]: () => OpenaiWebhookTrigger<TType>;
};

/** The `on*` shorthands, one per event type, defined on the prototype below the class. */
export interface OpenaiWebhookEndpoint extends OpenaiWebhookTriggerMethods {}

/**
 * A Trigger.dev HTTP endpoint for OpenAI's webhooks, on the kit's endpoint receiver: it answers
 * every request itself (405 for any method but POST, 401 unsigned, forged or over 5 minutes old,
 * 500 without a signing secret, 400 malformed, else 200), so Trigger.dev starts no run for a
 * refused request. Jobs trigger on event types with `.on(type)` or `.onResponseCompleted()` and
 * the like.
 */
// biome-ignore lint/suspicious/noUnsafeDeclarationMerging: the interface's methods are defined on the prototype below.
export class OpenaiWebhookEndpoint extends WebhookEndpoint<OpenaiWebhookEvent> {
  constructor(client: HttpEndpointClient, integrationId: string, options: OpenaiWebhookEndpointOptions) {
    const origin = { service: { name: "OpenAI" }, integrationId };
    const { id, secret } = resolveEndpointSettings(origin, options, {
      call: "openai.webhooks.endpoint()",
      exampleId: "openai-webhooks",
      secretOption: "secret",
      env: OPENAI_WEBHOOK_SECRET_ENV,
    });
    super(client, {
      origin,
      receiver: openaiWebhookReceiver,
      secret,
      id,
      source: "openai.com",
      icon: "openai",
      title: options.title ?? "OpenAI webhooks",
      ...(options.enabled === undefined ? {} : { enabled: options.enabled }),
    });
  }

  /**
   * A trigger for one event type, or several (`["batch.completed", "batch.failed"]`); the job's
   * payload is the event, typed by the `openai` SDK. An unknown type throws, as it would never run.
   */
  on<TType extends OpenaiWebhookEventType>(types: TType | readonly TType[]): OpenaiWebhookTrigger<TType> {
    const list: readonly TType[] = typeof types === "string" ? [types] : [...new Set(types)];
    const unknown = list.filter((type) => !(OPENAI_WEBHOOK_EVENT_TYPES as readonly string[]).includes(type));
    if (list.length === 0 || unknown.length > 0) {
      throw new InvalidOptionsError(
        this.where.origin,
        `on() takes one or more OpenAI webhook event types (${OPENAI_WEBHOOK_EVENT_TYPES.join(", ")}); ` +
          `got ${unknown.map((type) => JSON.stringify(type)).join(", ") || "none"}.`,
      );
    }
    return new OpenaiWebhookTrigger(this, list);
  }
}

for (const type of OPENAI_WEBHOOK_EVENT_TYPES) {
  Object.defineProperty(OpenaiWebhookEndpoint.prototype, triggerMethodOf(type), {
    value: function (this: OpenaiWebhookEndpoint) {
      return this.on(type);
    },
    writable: true,
    configurable: true,
  });
}
