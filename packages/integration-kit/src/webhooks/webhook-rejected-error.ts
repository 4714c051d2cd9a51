import { type ErrorOrigin, IntegrationError, originLabel } from "../errors.js";
import { WEBHOOK_REJECTION_STATUS, type WebhookRejectionReason } from "./webhook-rejection.js";

/** What a receiver refused and why, before the integration's name is put in front. */
export interface WebhookRejection {
  readonly reason: WebhookRejectionReason;
  /** What was wrong and what to do (`"Slack webhook rejected (stale-timestamp): ..."`), never the secret. */
  readonly message: string;
  /** Which receiver of the integration refused it (`HTTP endpoint "slack-events"`), when it has several. */
  readonly where?: string;
}

/**
 * A webhook or event request an integration refused (unsigned, forged, stale, malformed, or no
 * secret configured). `reason` says why for code, `status` is what the sender is answered (one
 * table for every service); the message never contains the secret or a signature.
 */
export class WebhookRejectedError extends IntegrationError {
  /** Machine-readable reason, such as `"signature-mismatch"`. */
  readonly reason: WebhookRejectionReason;
  /** The HTTP status the request is answered with. */
  readonly status: number;
  /** What was wrong, without the service and integration the message starts with. */
  readonly detail: string;

  constructor(origin: ErrorOrigin, rejection: WebhookRejection) {
    const where = rejection.where ? `, ${rejection.where}` : "";
    super("WEBHOOK_REJECTED", origin, `${originLabel(origin)}${where}: ${rejection.message}`);
    this.reason = rejection.reason;
    this.status = WEBHOOK_REJECTION_STATUS[rejection.reason];
    this.detail = rejection.message;
  }
}
