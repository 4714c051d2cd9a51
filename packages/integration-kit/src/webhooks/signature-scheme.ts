/**
 * How a service signs its webhook deliveries with a shared secret (HMAC), as data: where the
 * signatures, the timestamp and the id are, their units and encodings, how the key comes from the
 * secret, and what text is signed. One verifier reads every scheme ({@link verifyWebhookSignature}).
 */
export interface SignatureScheme {
  /** Display name of the service, for messages (`"Stripe"`). */
  readonly service: string;
  /** Hash behind the HMAC. */
  readonly algorithm: "SHA-1" | "SHA-256" | "SHA-512";
  /**
   * How the configured secret becomes the HMAC key. Left out: its UTF-8 bytes (GitHub, Slack,
   * Stripe, whose `whsec_` secret is used as it is). `base64`: the bytes it encodes, after
   * `stripPrefix` when it starts with it (Standard Webhooks' `whsec_<base64>`).
   */
  readonly key?: { readonly decode: "base64"; readonly stripPrefix?: string };
  /** Where the signatures are, and how they are written. */
  readonly signature: SignatureLocation;
  /** Where the delivery's time is, in what unit, and how far from now it may be; none: not checked. */
  readonly timestamp?: TimestampLocation;
  /** The header holding the delivery's id, for schemes that sign it (Standard Webhooks' `webhook-id`). */
  readonly idHeader?: string;
  /**
   * The signed text: `{body}` (the raw bytes), `{timestamp}` and `{id}` (as received) are
   * replaced, everything else is literal: `"{body}"`, `"v0:{timestamp}:{body}"`, `"{id}.{timestamp}.{body}"`.
   */
  readonly signedPayload: string;
}

/** Where a scheme's signatures are. */
export interface SignatureLocation {
  /** The header (`"stripe-signature"`), matched in any case. */
  readonly header: string;
  /** What separates the items of a header that holds several (`","` for Stripe, `" "` for Standard Webhooks). */
  readonly separator?: string;
  /**
   * Text before a signature in its item (`"sha256="`, `"v0="`, `"v1="`, `"v1,"`). Items with
   * another prefix (Stripe's `t=`, a newer version) are skipped; every matching one is tried.
   */
  readonly prefix?: string;
  /** How each digest is written. */
  readonly encoding: "hex" | "base64";
}

/** Where a scheme's timestamp is: a header, an item of the signature header, or a field of the JSON body. */
export type TimestampLocation = {
  /** Seconds or milliseconds since the epoch. */
  readonly unit: "seconds" | "milliseconds";
  /** How far (in seconds) from the time of receipt, either way, a delivery may be signed; older is a replay. */
  readonly toleranceSeconds: number;
} & (
  | { readonly header: string }
  /** An item of the signature header, by its prefix (Stripe's `"t="`). */
  | { readonly signatureItem: string }
  /** A top-level field of the JSON body, which the signature covers (Linear's `"webhookTimestamp"`). */
  | { readonly bodyField: string }
);
