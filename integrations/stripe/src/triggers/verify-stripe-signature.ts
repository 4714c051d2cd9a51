import {
  type HmacSignatureScheme,
  signWebhook,
  verifyWebhookSignature,
  type WebhookDelivery,
  type WebhookVerification,
} from "@acme/integration-kit";

/** How long after Stripe signed a delivery it is still accepted (Stripe's own libraries' default). */
export const STRIPE_TOLERANCE_SECONDS = 300;

/**
 * Stripe's scheme in the kit's terms: HMAC-SHA256 in hex, keyed with the whole `whsec_...` secret,
 * over `<t>.<body>`. Stripe packs the timestamp and its signatures into one `Stripe-Signature`
 * header (`t=...,v1=...,v1=...`), so each `v1` is handed to the kit's verifier on its own.
 */
const scheme: HmacSignatureScheme = {
  service: "Stripe",
  algorithm: "SHA-256",
  signatureHeader: "stripe-signature-v1",
  encoding: "hex",
  timestamp: {
    header: "stripe-signature-t",
    toleranceSeconds: STRIPE_TOLERANCE_SECONDS,
    signedText: (timestamp, body) => `${timestamp}.${body}`,
  },
};

/** `t=1,v1=a,v1=b,v0=c` → `{ t: "1", v1: ["a", "b"] }` (other schemes, such as the test-mode `v0`, are ignored). */
function parseHeader(header: string): { t: string | undefined; v1: string[] } {
  const parts = header.split(",").map((part) => part.trim().split("="));
  return {
    t: parts.find(([name]) => name === "t")?.[1],
    v1: parts.filter(([name, value]) => name === "v1" && value).map(([, value]) => value as string),
  };
}

const named = (verification: WebhookVerification): WebhookVerification =>
  verification.ok
    ? verification
    : {
        ...verification,
        message: verification.message
          .replace("the stripe-signature-v1 header", "the Stripe-Signature header's v1")
          .replace("the stripe-signature-t header", "the Stripe-Signature header's t="),
      };

/**
 * Checks a Stripe webhook delivery with the kit's verifier (constant-time compare, replay window,
 * a missing secret refusing everything): accepted when any `v1` signature in `Stripe-Signature`
 * matches (Stripe sends several while a secret is being rolled) and `t` is within 5 minutes.
 */
export async function verifyStripeSignature(
  delivery: Omit<WebhookDelivery, "headers"> & { readonly signature: string | undefined },
): Promise<WebhookVerification> {
  const { signature, ...rest } = delivery;
  const { t = "", v1 } = parseHeader(signature ?? "");
  // With no signature at all, the kit's verifier says which of secret or signature is missing.
  const candidates = v1.length > 0 ? v1 : [signature ? "not-hex" : ""];
  let last: WebhookVerification = { ok: false, reason: "missing-signature", message: "" };
  for (const candidate of candidates) {
    last = named(
      await verifyWebhookSignature(scheme, {
        ...rest,
        headers: { "stripe-signature-v1": candidate, "stripe-signature-t": t },
      }),
    );
    if (last.ok || last.reason !== "signature-mismatch") return last;
  }
  return last;
}

/**
 * The `Stripe-Signature` header Stripe would send for `rawBody` signed with `secret` at `timestamp`
 * (epoch seconds, now by default): for testing code that receives Stripe's webhooks.
 */
export async function signStripePayload(
  rawBody: string,
  secret: string,
  timestamp: number = Math.floor(Date.now() / 1000),
): Promise<string> {
  return `t=${timestamp},v1=${await signWebhook(scheme, secret, rawBody, String(timestamp))}`;
}
