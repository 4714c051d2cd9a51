import {
  type HttpEndpointRequest,
  receiveWebhook,
  signWebhook,
  stripeSignatureScheme,
  type WebhookReceipt,
} from "@acme/integration-kit";
import type Stripe from "stripe";
import { STRIPE_WEBHOOK_SECRET_ENV, stripeWebhookReceiver } from "./stripe-webhook-receiver.js";

/** Options of {@link receiveStripeWebhook}. */
export interface ReceiveStripeWebhookOptions {
  /** The endpoint's signing secret (`whsec_...`); `STRIPE_WEBHOOK_SECRET` when left out. Without one every request is refused. */
  readonly secret?: string | undefined;
  /** The `id` of your Stripe integration, for messages (default `"stripe"`). */
  readonly integrationId?: string;
  /** When a stored request was received (ms); leave it out for a live request. */
  readonly receivedAt?: number | undefined;
}

/**
 * Verifies and reads one Stripe webhook request in any framework (a standard `Request`, or a
 * request as Trigger.dev stores it), with the kit's receiver: `Stripe-Signature` (any `v1`, in
 * constant time), the 5-minute window, then the event, typed by the `stripe` SDK. Return
 * `receipt.response()` from your route; act on `receipt.event` when `receipt.ok`.
 */
export function receiveStripeWebhook(
  request: Request | HttpEndpointRequest,
  options: ReceiveStripeWebhookOptions = {},
): Promise<WebhookReceipt<Stripe.Event>> {
  const secret = Object.hasOwn(options, "secret")
    ? options.secret
    : (globalThis as { process?: { env: Record<string, string | undefined> } }).process?.env[STRIPE_WEBHOOK_SECRET_ENV];
  return receiveWebhook(stripeWebhookReceiver, request, {
    secret,
    origin: { service: { name: "Stripe" }, integrationId: options.integrationId ?? "stripe" },
    where: "webhook endpoint",
    ...(Object.hasOwn(options, "receivedAt") ? { receivedAt: options.receivedAt } : {}),
  });
}

/**
 * The `Stripe-Signature` header Stripe would send with `body` signed with `secret` at `timestamp`
 * (ms, now by default): for testing code that receives Stripe's webhooks.
 */
export async function signStripePayload(body: string, secret: string, timestamp?: number): Promise<string> {
  const headers = await signWebhook(stripeSignatureScheme, {
    secret,
    body,
    ...(timestamp === undefined ? {} : { timestamp }),
  });
  return headers["stripe-signature"] as string;
}
