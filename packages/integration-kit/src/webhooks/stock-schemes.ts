import type { SignatureScheme } from "./signature-scheme.js";

/** GitHub: `X-Hub-Signature-256: sha256=<hex>` over the raw body; deliveries carry no timestamp. */
export const githubSignatureScheme: SignatureScheme = {
  service: "GitHub",
  algorithm: "SHA-256",
  signature: { header: "x-hub-signature-256", prefix: "sha256=", encoding: "hex" },
  signedPayload: "{body}",
};

/** Slack (v0): `X-Slack-Signature: v0=<hex>` over `v0:<X-Slack-Request-Timestamp>:<body>`, 5 minutes either way. */
export const slackSignatureScheme: SignatureScheme = {
  service: "Slack",
  algorithm: "SHA-256",
  signature: { header: "x-slack-signature", prefix: "v0=", encoding: "hex" },
  timestamp: { header: "x-slack-request-timestamp", unit: "seconds", toleranceSeconds: 300 },
  signedPayload: "v0:{timestamp}:{body}",
};

/**
 * Stripe: `Stripe-Signature: t=<s>,v1=<hex>[,v1=<hex>...]` over `<t>.<body>`, keyed with the whole
 * `whsec_...` secret as text; while a secret is being rolled, each `v1` is tried. 5 minutes, as
 * stripe-node's default tolerance.
 */
export const stripeSignatureScheme: SignatureScheme = {
  service: "Stripe",
  algorithm: "SHA-256",
  signature: { header: "stripe-signature", separator: ",", prefix: "v1=", encoding: "hex" },
  timestamp: { signatureItem: "t=", unit: "seconds", toleranceSeconds: 300 },
  signedPayload: "{timestamp}.{body}",
};

/**
 * Standard Webhooks (OpenAI, Replicate, and Svix for Resend under `svix-*` headers):
 * `webhook-signature: v1,<base64> [v1,<base64> ...]` over `<webhook-id>.<webhook-timestamp>.<body>`,
 * keyed with the bytes of the base64 part of `whsec_<base64>`, 5 minutes either way.
 */
export const standardWebhooksSignatureScheme: SignatureScheme = {
  service: "Standard Webhooks",
  algorithm: "SHA-256",
  key: { decode: "base64", stripPrefix: "whsec_" },
  signature: { header: "webhook-signature", separator: " ", prefix: "v1,", encoding: "base64" },
  timestamp: { header: "webhook-timestamp", unit: "seconds", toleranceSeconds: 300 },
  idHeader: "webhook-id",
  signedPayload: "{id}.{timestamp}.{body}",
};

/** Svix (Resend): Standard Webhooks under the `svix-id`, `svix-timestamp` and `svix-signature` headers. */
export const svixSignatureScheme: SignatureScheme = {
  ...standardWebhooksSignatureScheme,
  service: "Svix",
  signature: { ...standardWebhooksSignatureScheme.signature, header: "svix-signature" },
  timestamp: { header: "svix-timestamp", unit: "seconds", toleranceSeconds: 300 },
  idHeader: "svix-id",
};

/**
 * Linear: `Linear-Signature: <hex>` over the raw body, whose `webhookTimestamp` (ms) is the
 * delivery time; Linear asks receivers to refuse deliveries more than a minute off.
 */
export const linearSignatureScheme: SignatureScheme = {
  service: "Linear",
  algorithm: "SHA-256",
  signature: { header: "linear-signature", encoding: "hex" },
  timestamp: { bodyField: "webhookTimestamp", unit: "milliseconds", toleranceSeconds: 60 },
  signedPayload: "{body}",
};
