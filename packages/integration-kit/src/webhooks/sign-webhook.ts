import { hmac, signingKey } from "./hmac.js";
import type { SignatureScheme } from "./signature-scheme.js";
import { signedParts } from "./signed-payload.js";

/** What {@link signWebhook} signs. */
export interface WebhookSigning {
  /** The secret, or several (each adds a signature, as a service does while a secret is rolled). */
  readonly secret: string | readonly string[];
  /** The body exactly as it will be sent. */
  readonly body: string | Uint8Array;
  /** When it is signed, in ms (default now); a scheme that reads the time from the body signs the body as it is. */
  readonly timestamp?: number;
  /** The delivery id, for schemes that sign one (default a random `msg_...`). */
  readonly id?: string;
}

/**
 * The headers a service would send with `body`: signature, and timestamp and id where the scheme
 * has them. For tests, stand-ins and services of your own that send webhooks.
 */
export async function signWebhook(scheme: SignatureScheme, signing: WebhookSigning): Promise<Record<string, string>> {
  const location = scheme.timestamp;
  const at = signing.timestamp ?? Date.now();
  const timestamp =
    location && !("bodyField" in location) ? String(location.unit === "seconds" ? Math.floor(at / 1000) : at) : "";
  const id = scheme.idHeader ? (signing.id ?? `msg_${Math.random().toString(36).slice(2, 14)}`) : "";
  const parts = signedParts(scheme, { body: signing.body, timestamp, id });
  const { prefix = "", separator = ",", encoding } = scheme.signature;
  const signatures: string[] = [];
  for (const secret of [signing.secret].flat()) {
    const key = signingKey(scheme, secret);
    if (!key) throw new TypeError(`signWebhook: the secret is not a valid ${scheme.service} key.`);
    signatures.push(`${prefix}${await hmac(scheme.algorithm, key, parts, encoding)}`);
  }
  const headers: Record<string, string> = {};
  if (location && "signatureItem" in location) signatures.unshift(`${location.signatureItem}${timestamp}`);
  if (location && "header" in location) headers[location.header] = timestamp;
  if (scheme.idHeader) headers[scheme.idHeader] = id;
  headers[scheme.signature.header] = signatures.join(separator);
  return headers;
}
