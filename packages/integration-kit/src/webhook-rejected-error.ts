import { type ErrorOrigin, IntegrationError } from "./errors.js";

/**
 * A webhook or event request an integration refused (unsigned, forged, stale, malformed, or no
 * secret configured). `reason` says why for code, `status` is what the sender is answered; the
 * message never contains the secret or a signature.
 */
export class WebhookRejectedError extends IntegrationError {
  /** Machine-readable reason, such as `"signature-mismatch"`. */
  readonly reason: string;
  /** The HTTP status the request is answered with. */
  readonly status: number;
  /** What was wrong, without the service and integration the message starts with. */
  readonly detail: string;

  constructor(origin: ErrorOrigin, rejection: { reason: string; status: number; message: string }) {
    super(
      "WEBHOOK_REJECTED",
      origin,
      `${origin.service.name} integration (${origin.integrationId}): ${rejection.message}`,
    );
    this.reason = rejection.reason;
    this.status = rejection.status;
    this.detail = rejection.message;
  }
}
