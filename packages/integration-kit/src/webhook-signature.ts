/** How a service signs its webhook deliveries with a shared secret (HMAC). */
export interface HmacSignatureScheme {
  /** Display name of the service, for messages (`"GitHub"`). */
  readonly service: string;
  /** Hash behind the HMAC. */
  readonly algorithm: "SHA-1" | "SHA-256" | "SHA-512";
  /** Header that carries the signature (`"x-hub-signature-256"`). */
  readonly signatureHeader: string;
  /** Text before the digest in that header (`"sha256="`, `"v0="`). */
  readonly prefix?: string;
  /** How the digest is written. */
  readonly encoding: "hex" | "base64";
  /** For services that sign a timestamp too (Slack): where it is, and how old a delivery may be. */
  readonly timestamp?: {
    /** Header with the delivery time in epoch seconds. */
    readonly header: string;
    /** Oldest (and furthest in the future) accepted delivery, in seconds. */
    readonly toleranceSeconds: number;
    /** The text that is signed, from the timestamp and the raw body (`v0:${timestamp}:${body}`). */
    readonly signedText: (timestamp: string, body: string) => string;
  };
}

/** Why a delivery was rejected; never contains the secret or the expected signature. */
export type WebhookRejection =
  | "no-secret-configured"
  | "missing-signature"
  | "malformed-signature"
  | "signature-mismatch"
  | "missing-timestamp"
  | "stale-timestamp";

/** The outcome of checking one delivery. */
export type WebhookVerification =
  | { readonly ok: true }
  | { readonly ok: false; readonly reason: WebhookRejection; readonly message: string };

/** Request headers as frameworks hand them over. */
export type WebhookHeaders = Headers | Record<string, string | readonly string[] | undefined>;

/** What {@link verifyWebhookSignature} checks. */
export interface WebhookDelivery {
  /** The body exactly as received: verification is over bytes, never over re-serialised JSON. */
  readonly rawBody: string | Uint8Array;
  readonly headers: WebhookHeaders;
  /** The shared secret; a missing or empty one rejects every delivery. */
  readonly secret: string | undefined;
  /** Current time in ms, for the replay window (tests pass a fixed one). */
  readonly now?: number;
}

const encoder = new TextEncoder();

/** One request header by name, whatever the case and however the framework handed headers over. */
export function webhookHeader(headers: WebhookHeaders, name: string): string | undefined {
  if (typeof Headers !== "undefined" && headers instanceof Headers) return headers.get(name) ?? undefined;
  const record = headers as Record<string, string | readonly string[] | undefined>;
  const key = Object.keys(record).find((candidate) => candidate.toLowerCase() === name.toLowerCase());
  const value = key === undefined ? undefined : record[key];
  return Array.isArray(value) ? value[0] : (value as string | undefined);
}

function decode(text: string, encoding: "hex" | "base64"): Uint8Array | undefined {
  if (encoding === "hex") {
    if (text.length === 0 || text.length % 2 !== 0 || !/^[0-9a-fA-F]+$/.test(text)) return undefined;
    return Uint8Array.from(text.match(/../g) as string[], (pair) => Number.parseInt(pair, 16));
  }
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(text)) return undefined;
  try {
    return Uint8Array.from(atob(text), (char) => char.charCodeAt(0));
  } catch {
    return undefined;
  }
}

/** Compares in time that depends only on the length, so timing reveals nothing about the digest. */
function constantTimeEqual(a: Uint8Array, b: Uint8Array): boolean {
  let difference = a.length ^ b.length;
  for (let i = 0; i < a.length; i++) difference |= (a[i] as number) ^ (b[i % b.length] ?? 0);
  return difference === 0;
}

async function hmac(
  algorithm: HmacSignatureScheme["algorithm"],
  secret: string,
  data: Uint8Array,
): Promise<Uint8Array> {
  const key = await crypto.subtle.importKey("raw", encoder.encode(secret), { name: "HMAC", hash: algorithm }, false, [
    "sign",
  ]);
  return new Uint8Array(await crypto.subtle.sign("HMAC", key, data));
}

function reject(scheme: HmacSignatureScheme, reason: WebhookRejection, detail: string): WebhookVerification {
  return { ok: false, reason, message: `${scheme.service} webhook rejected (${reason}): ${detail}` };
}

/**
 * Checks a webhook delivery's HMAC signature with Web Crypto (Node, Deno, Bun, edge runtimes).
 * Unsigned, wrongly signed, malformed and stale deliveries are rejected, and so is every delivery
 * when no secret is configured: there is no path that lets an unverified request through.
 */
export async function verifyWebhookSignature(
  scheme: HmacSignatureScheme,
  delivery: WebhookDelivery,
): Promise<WebhookVerification> {
  const { secret, headers, rawBody, now = Date.now() } = delivery;
  if (!secret) {
    return reject(
      scheme,
      "no-secret-configured",
      "no webhook secret is configured, so nothing can be verified. Set the secret the service signs with.",
    );
  }
  const signature = webhookHeader(headers, scheme.signatureHeader)?.trim();
  if (!signature) return reject(scheme, "missing-signature", `the ${scheme.signatureHeader} header is missing.`);
  const prefix = scheme.prefix ?? "";
  const received = signature.startsWith(prefix) ? decode(signature.slice(prefix.length), scheme.encoding) : undefined;
  if (!received) {
    return reject(
      scheme,
      "malformed-signature",
      `the ${scheme.signatureHeader} header is not "${prefix}<${scheme.encoding} digest>".`,
    );
  }
  const body = typeof rawBody === "string" ? encoder.encode(rawBody) : rawBody;
  let signed = body;
  if (scheme.timestamp) {
    const { header: timestampHeader, toleranceSeconds, signedText } = scheme.timestamp;
    const timestamp = webhookHeader(headers, timestampHeader)?.trim();
    if (!timestamp || !/^\d{1,12}$/.test(timestamp)) {
      return reject(scheme, "missing-timestamp", `the ${timestampHeader} header is missing or not epoch seconds.`);
    }
    if (Math.abs(now / 1000 - Number(timestamp)) > toleranceSeconds) {
      return reject(
        scheme,
        "stale-timestamp",
        `the delivery is more than ${toleranceSeconds} s old or in the future; replays are refused.`,
      );
    }
    signed = encoder.encode(signedText(timestamp, new TextDecoder().decode(body)));
  }
  const expected = await hmac(scheme.algorithm, secret, signed);
  return constantTimeEqual(received, expected)
    ? { ok: true }
    : reject(
        scheme,
        "signature-mismatch",
        "the signature does not match the body: the secret differs or the body was changed.",
      );
}

/** The header value a correct signature would have: for tests and for stand-ins that send webhooks. */
export async function signWebhook(
  scheme: HmacSignatureScheme,
  secret: string,
  rawBody: string,
  timestamp?: string,
): Promise<string> {
  const text = scheme.timestamp && timestamp !== undefined ? scheme.timestamp.signedText(timestamp, rawBody) : rawBody;
  const digest = await hmac(scheme.algorithm, secret, encoder.encode(text));
  const encoded =
    scheme.encoding === "hex"
      ? Array.from(digest, (byte) => byte.toString(16).padStart(2, "0")).join("")
      : btoa(String.fromCharCode(...digest));
  return `${scheme.prefix ?? ""}${encoded}`;
}
