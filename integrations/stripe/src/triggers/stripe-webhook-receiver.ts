import { readJsonEvent, type SourceEvent, stripeSignatureScheme, type WebhookReceiver } from "@acme/integration-kit";
import type Stripe from "stripe";

/** The environment variable the signing secret (`whsec_...`) is read from when `receiveStripeWebhook` gets none. */
export const STRIPE_WEBHOOK_SECRET_ENV = "STRIPE_WEBHOOK_SECRET";

const RESYNC =
  "Re-register the trigger (redeploy, or refresh it in the Trigger.dev dashboard) so that a new endpoint's secret is kept, or pass the endpoint's signing secret.";

/** A verified delivery's event, or what is wrong with its body. */
const readEvent = (rawBody: string) =>
  readJsonEvent<Stripe.Event>(rawBody, "a Stripe event", {
    id: "string",
    type: "string",
    created: "number",
    data: "object",
  });

/**
 * Stripe's webhooks: the kit's stock Stripe scheme (`Stripe-Signature: t=...,v1=...`, every `v1`
 * tried, 5 minutes), and a Stripe event (`id`, `type`, `created`, `data`) typed by the SDK.
 */
export const stripeWebhookReceiver: WebhookReceiver<Stripe.Event> = {
  scheme: stripeSignatureScheme,
  fixes: {
    "no-secret-configured": `Set ${STRIPE_WEBHOOK_SECRET_ENV} to the endpoint's signing secret (whsec_...), or pass \`secret\`.`,
    "signature-mismatch": `Each Stripe endpoint has its own secret. ${RESYNC}`,
    "missing-signature": "Stripe signs every delivery: this request did not come from Stripe.",
  },
  read: (delivery) => readEvent(delivery.rawBody),
};

/**
 * The same, reading a delivery as the Trigger.dev event a trigger runs on: its payload is the
 * event's object; its context the API version, mode, request, previous attributes and Connect account.
 */
export const stripeSourceReceiver: WebhookReceiver<SourceEvent> = {
  ...stripeWebhookReceiver,
  read(delivery) {
    const reading = readEvent(delivery.rawBody);
    if (!("event" in reading)) return reading;
    const { event } = reading;
    return {
      event: {
        id: event.id,
        name: event.type,
        source: "stripe.com",
        payload: event.data.object,
        context: {
          apiVersion: event.api_version,
          livemode: event.livemode,
          request: event.request,
          previousAttributes: event.data.previous_attributes ?? null,
          account: event.account ?? null,
        },
      },
    };
  },
};
