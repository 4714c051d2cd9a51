/** Why a signature check failed; never says what the right signature or the secret is. */
export type SignatureRejectionReason =
  | "no-secret-configured"
  | "missing-signature"
  | "malformed-signature"
  | "signature-mismatch"
  | "missing-timestamp"
  | "stale-timestamp"
  | "missing-id";

/** Why any webhook receiver refused a request: the signature reasons, then the request's method, receipt time and content. */
export type WebhookRejectionReason =
  | SignatureRejectionReason
  | "method-not-allowed"
  | "missing-received-time"
  | "missing-header"
  | "malformed-payload";

/**
 * The HTTP status each refusal is answered with, for every service. A missing secret is our own
 * configuration, not the sender's fault: a 5xx keeps the delivery redeliverable once it is fixed.
 */
export const WEBHOOK_REJECTION_STATUS: Readonly<Record<WebhookRejectionReason, number>> = {
  "no-secret-configured": 500,
  "missing-signature": 401,
  "malformed-signature": 401,
  "signature-mismatch": 401,
  "missing-timestamp": 401,
  "stale-timestamp": 401,
  "missing-id": 401,
  // Only a stored request (a run) can lack its receipt time: it is refused as unverifiable.
  "missing-received-time": 401,
  "method-not-allowed": 405,
  "missing-header": 400,
  "malformed-payload": 400,
};

/** The JSON body every receiver answers a refusal with. */
export interface WebhookRejectionBody {
  readonly ok: false;
  /** The reason, for code. */
  readonly error: WebhookRejectionReason;
  /** What was wrong and what to do, naming the service and integration, never the secret. */
  readonly message: string;
}
