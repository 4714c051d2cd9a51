import type { ExternalSource, HandlerEvent } from "@trigger.dev/sdk";
import type { Stripe } from "../stripe.js";
import { receiveStripeWebhook } from "./receive-stripe-webhook.js";
import { registerStripeWebhook } from "./register-stripe-webhook.js";
import { loadTriggerSdk } from "./trigger-sdk.js";

/** Which endpoint a source registers: the platform's events, or (`connect`) connected accounts'. */
export interface StripeSourceParams {
  /** Receive the events of connected accounts (a Connect endpoint) instead of the platform's. */
  readonly connect?: boolean;
}

/** The webhook source of a `Stripe` integration, as the SDK takes it. */
export type StripeWebhookSource = ExternalSource<Stripe, StripeSourceParams, "HTTP">;

/** Trigger.dev's `SchemaParser` for `{ connect?: boolean }`. */
const sourceParams = {
  safeParse(value: unknown) {
    const connect = (value as { connect?: unknown } | undefined)?.connect;
    return connect === undefined || typeof connect === "boolean"
      ? { success: true as const, data: { ...(connect === undefined ? {} : { connect }) } }
      : { success: false as const, error: { issues: [{ path: ["connect"], message: "connect must be a boolean" }] } };
  },
};

/**
 * Where a delivery ends up: the verified event as a Trigger.dev event (the payload is the event's
 * object; its id, type, time, API version, mode, request, previous attributes and Connect account
 * in the event and its context), or a refusal. Trigger.dev has answered Stripe already: the
 * refusal is logged and kept by Trigger.dev, never sent to Stripe.
 */
async function handleDelivery(event: HandlerEvent<"HTTP">, logger: { warn(message: string): void }) {
  const receipt = await receiveStripeWebhook(event.rawEvent, { secret: event.source.secret });
  if (!receipt.ok) {
    logger.warn(receipt.message);
    return { events: [], response: { status: receipt.status, body: { error: receipt.message } } };
  }
  const stripeEvent = receipt.event;
  return {
    events: [
      {
        id: stripeEvent.id,
        name: stripeEvent.type,
        source: "stripe.com",
        payload: stripeEvent.data.object,
        timestamp: new Date(stripeEvent.created * 1000),
        context: {
          apiVersion: stripeEvent.api_version,
          livemode: stripeEvent.livemode,
          request: stripeEvent.request,
          previousAttributes: stripeEvent.data.previous_attributes ?? null,
          account: stripeEvent.account ?? null,
        },
      },
    ],
    response: { status: 200, body: { received: true } },
  };
}

/** Builds the webhook source of `integration`: one Stripe endpoint per kind (platform or Connect). */
export function createStripeWebhookSource(integration: Stripe): StripeWebhookSource {
  const { ExternalSource } = loadTriggerSdk(integration.id);
  return new ExternalSource<Stripe, StripeSourceParams, "HTTP">("HTTP", {
    id: "stripe.webhook",
    version: "0.2.0",
    integration,
    schema: sourceParams,
    key: (params) => `stripe.webhook${params.connect ? ".connect" : ""}`,
    properties: (params) => [{ label: "Endpoint", text: params.connect ? "Connect (connected accounts)" : "Account" }],
    handler: handleDelivery,
    register: registerStripeWebhook as never,
  });
}
