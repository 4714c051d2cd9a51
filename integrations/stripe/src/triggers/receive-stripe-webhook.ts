import type Stripe from "stripe";
import { verifyStripeSignature } from "./verify-stripe-signature.js";

/** Why a delivery was refused, and the status to answer it with. */
export interface StripeWebhookRefusal {
  readonly ok: false;
  /** `missing-signature`, `signature-mismatch`, `stale-timestamp`, `no-secret-configured`, `malformed-body`, ... */
  readonly reason: string;
  readonly status: number;
  /** What was wrong; never contains the secret or a signature. */
  readonly message: string;
}

/** A verified delivery: the Stripe event it carries. */
export interface StripeWebhookReceipt {
  readonly ok: true;
  readonly event: Stripe.Event;
}

/** What {@link receiveStripeWebhook} needs besides the request. */
export interface ReceiveStripeWebhookOptions {
  /** The endpoint's signing secret (`whsec_...`); a missing one refuses every delivery. */
  readonly secret: string | undefined;
  /** The current time in ms (for tests). */
  readonly now?: number;
}

const STATUS: Readonly<Record<string, number>> = { "no-secret-configured": 500, "malformed-body": 400 };

/**
 * Verifies a Stripe webhook delivery in any web framework (a standard `Request`, as Next.js route
 * handlers, Hono, Remix and Node's fetch adapters give it) and reads its event: for a v4 task
 * (`tasks.trigger(...)`) or any other code that receives Stripe's webhooks itself. Unsigned,
 * forged, stale and malformed deliveries are refused with the status to answer.
 */
export async function receiveStripeWebhook(
  request: Request,
  options: ReceiveStripeWebhookOptions,
): Promise<StripeWebhookReceipt | StripeWebhookRefusal> {
  const rawBody = await request.text();
  const verification = await verifyStripeSignature({
    rawBody,
    signature: request.headers.get("stripe-signature") ?? undefined,
    secret: options.secret,
    ...(options.now === undefined ? {} : { now: options.now }),
  });
  if (!verification.ok) {
    const { reason, message } = verification;
    return { ok: false, reason, message, status: STATUS[reason] ?? 401 };
  }
  let event: unknown;
  try {
    event = JSON.parse(rawBody);
  } catch {
    event = undefined;
  }
  const shaped = event as Partial<Stripe.Event> | undefined;
  if (typeof shaped?.id !== "string" || typeof shaped.type !== "string" || typeof shaped.data !== "object") {
    return {
      ok: false,
      reason: "malformed-body",
      status: 400,
      message: "Stripe webhook rejected (malformed-body): the signed body is not a Stripe event (id, type, data).",
    };
  }
  return { ok: true, event: event as Stripe.Event };
}
