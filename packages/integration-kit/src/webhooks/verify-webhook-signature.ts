import { constantTimeEqual, hmac, signingKey } from "./hmac.js";
import type { SignatureScheme } from "./signature-scheme.js";
import { signedParts } from "./signed-payload.js";
import { type WebhookHeaders, webhookHeader } from "./webhook-headers.js";
import type { SignatureRejectionReason } from "./webhook-rejection.js";

/** The outcome of checking one delivery: its signed time (ms) and id when the scheme has them, or why not. */
export type WebhookVerification =
  | { readonly ok: true; readonly timestamp?: number; readonly id?: string }
  | { readonly ok: false; readonly reason: SignatureRejectionReason; readonly message: string };

/** What {@link verifyWebhookSignature} checks. */
export interface WebhookDelivery {
  /** The body exactly as received: verification is over bytes, never over re-serialised JSON. */
  readonly rawBody: string | Uint8Array;
  readonly headers: WebhookHeaders;
  /** The shared secret; a missing or empty one rejects every delivery. */
  readonly secret: string | undefined;
  /** The time the delivery was received, in ms, for the replay window (default now). */
  readonly now?: number;
}

const HEX = /^[0-9a-fA-F]+$/;
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;
const decoder = new TextDecoder();

function reject(scheme: SignatureScheme, reason: SignatureRejectionReason, detail: string): WebhookVerification {
  return { ok: false, reason, message: `${scheme.service} webhook rejected (${reason}): ${detail}` };
}

/** The well-formed signatures of the header, normalised for comparison, or undefined when there are none. */
function candidatesOf(scheme: SignatureScheme, header: string): string[] | undefined {
  const { separator, prefix = "", encoding } = scheme.signature;
  const items = separator === undefined ? [header] : header.split(separator);
  const candidates: string[] = [];
  for (const raw of items) {
    const item = raw.trim();
    if (!item.startsWith(prefix)) continue;
    const digest = item.slice(prefix.length);
    if (encoding === "hex" && HEX.test(digest)) candidates.push(digest.toLowerCase());
    if (encoding === "base64" && BASE64.test(digest))
      candidates.push(digest.padEnd(Math.ceil(digest.length / 4) * 4, "="));
  }
  return candidates.length > 0 ? candidates : undefined;
}

/** The delivery's timestamp as sent (the signed text uses it verbatim), or undefined when absent. */
function timestampOf(scheme: SignatureScheme, delivery: WebhookDelivery, header: string): string | undefined {
  const location = scheme.timestamp;
  if (!location) return undefined;
  if ("header" in location) return webhookHeader(delivery.headers, location.header)?.trim();
  if ("signatureItem" in location) {
    const separator = scheme.signature.separator ?? ",";
    const item = header.split(separator).find((part) => part.trim().startsWith(location.signatureItem));
    return item?.trim().slice(location.signatureItem.length);
  }
  try {
    const body = typeof delivery.rawBody === "string" ? delivery.rawBody : decoder.decode(delivery.rawBody);
    const value: unknown = (JSON.parse(body) as Record<string, unknown> | null)?.[location.bodyField];
    return typeof value === "number" || typeof value === "string" ? String(value) : undefined;
  } catch {
    return undefined;
  }
}

const iso = (ms: number) => (Number.isFinite(new Date(ms).getTime()) ? new Date(ms).toISOString() : `${ms} ms`);

function where(location: NonNullable<SignatureScheme["timestamp"]>): string {
  if ("header" in location) return `the ${location.header} header`;
  if ("signatureItem" in location) return `a "${location.signatureItem}" item`;
  return `the body's "${location.bodyField}" field`;
}

/**
 * Checks a webhook delivery's HMAC signature under any {@link SignatureScheme}: every signature the
 * header lists is tried, each in constant time; a timestamp outside the scheme's window is a
 * replay; unsigned, malformed and wrongly signed deliveries are rejected, and so is every delivery
 * when no secret is configured: there is no path that lets an unverified request through. Runs on
 * Node (its HMAC) and on any runtime with Web Crypto.
 */
export async function verifyWebhookSignature(
  scheme: SignatureScheme,
  delivery: WebhookDelivery,
): Promise<WebhookVerification> {
  const { secret, headers, now = Date.now() } = delivery;
  if (!secret) {
    return reject(
      scheme,
      "no-secret-configured",
      "no webhook secret is configured, so no delivery can be verified; set the secret the service signs with.",
    );
  }
  const key = signingKey(scheme, secret);
  if (!key) {
    return reject(
      scheme,
      "no-secret-configured",
      `the configured secret is not a ${scheme.key?.stripPrefix ?? ""}<base64> key, so nothing can be verified. Copy the signing secret from the service again.`,
    );
  }
  const { header: signatureHeader, prefix = "", encoding } = scheme.signature;
  const header = webhookHeader(headers, signatureHeader)?.trim();
  if (!header) return reject(scheme, "missing-signature", `the ${signatureHeader} header is missing.`);
  const candidates = candidatesOf(scheme, header);
  if (!candidates) {
    return reject(
      scheme,
      "malformed-signature",
      `the ${signatureHeader} header has no "${prefix}<${encoding} digest>".`,
    );
  }
  let timestamp: number | undefined;
  const timestampText = timestampOf(scheme, delivery, header);
  if (scheme.timestamp) {
    const { unit, toleranceSeconds } = scheme.timestamp;
    if (!timestampText || !/^\d{1,16}$/.test(timestampText)) {
      return reject(scheme, "missing-timestamp", `${where(scheme.timestamp)} is missing or not epoch ${unit}.`);
    }
    timestamp = Number(timestampText) * (unit === "seconds" ? 1000 : 1);
    if (Math.abs(now - timestamp) > toleranceSeconds * 1000) {
      return reject(
        scheme,
        "stale-timestamp",
        `the delivery was signed at ${iso(timestamp)} but received at ${iso(now)}, more than ${toleranceSeconds} s apart; replays are refused.`,
      );
    }
  }
  const id = scheme.idHeader ? webhookHeader(headers, scheme.idHeader)?.trim() : undefined;
  if (scheme.idHeader && !id) return reject(scheme, "missing-id", `the ${scheme.idHeader} header is missing.`);
  const parts = signedParts(scheme, { body: delivery.rawBody, timestamp: timestampText ?? "", id: id ?? "" });
  const expected = await hmac(scheme.algorithm, key, parts, encoding);
  let matched = false;
  for (const candidate of candidates) matched = constantTimeEqual(candidate, expected) || matched;
  if (!matched) {
    return reject(
      scheme,
      "signature-mismatch",
      "the signature does not match the body: the secret differs or the body was changed.",
    );
  }
  return { ok: true, ...(timestamp === undefined ? {} : { timestamp }), ...(id === undefined ? {} : { id }) };
}
