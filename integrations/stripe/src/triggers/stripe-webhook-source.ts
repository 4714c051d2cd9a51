import { HttpWebhookSource } from "@acme/integration-kit";
import type { Stripe } from "../stripe.js";
import { registerStripeWebhook } from "./register-stripe-webhook.js";
import { stripeSourceReceiver } from "./stripe-webhook-receiver.js";

/** Which endpoint a source registers: the platform's events, or (`connect`) connected accounts'. */
export interface StripeSourceParams {
  /** Receive the events of connected accounts (a Connect endpoint) instead of the platform's. */
  readonly connect?: boolean;
}

/** The webhook source of a `Stripe` integration: the kit's v2 source (the SDK's `ExternalSource` shape). */
export type StripeWebhookSource = HttpWebhookSource<Stripe, StripeSourceParams>;

/** Trigger.dev's `SchemaParser` for `{ connect?: boolean }`. */
const sourceParams = {
  safeParse(value: unknown) {
    const connect = (value as { connect?: unknown } | undefined)?.connect;
    return connect === undefined || typeof connect === "boolean"
      ? { success: true as const, data: connect === undefined ? {} : { connect } }
      : { success: false as const, error: { issues: [{ path: ["connect"], message: "connect must be a boolean" }] } };
  },
};

/**
 * The webhook source of `integration`, on the kit's v2 source shape (no SDK class imported, so the
 * package loads beside SDK 4): one Stripe endpoint for the platform's events, one for connected
 * accounts', each delivery verified by the kit's receiver with the secret Stripe issued.
 */
export function createStripeWebhookSource(integration: Stripe): StripeWebhookSource {
  return new HttpWebhookSource<Stripe, StripeSourceParams>({
    id: "stripe.webhook",
    service: "Stripe",
    version: "0.2.0",
    integration,
    receiver: stripeSourceReceiver,
    schema: sourceParams,
    key: (params) => `stripe.webhook${params.connect ? ".connect" : ""}`,
    properties: (params) => [{ label: "Endpoint", text: params.connect ? "Connect (connected accounts)" : "Account" }],
    register: (event, io) => registerStripeWebhook(event as never, io as never),
  }) as unknown as StripeWebhookSource;
}
