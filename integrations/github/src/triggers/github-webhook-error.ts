import { WebhookRejectedError } from "@acme/integration-kit";

/** Why a GitHub webhook delivery was refused. */
export type GithubWebhookRejection =
  | "no-secret-configured"
  | "missing-signature"
  | "malformed-signature"
  | "signature-mismatch"
  | "missing-timestamp"
  | "stale-timestamp"
  | "missing-event-header"
  | "missing-delivery-header"
  | "malformed-payload";

/**
 * A GitHub webhook delivery that was not turned into an event. The message names GitHub, the
 * integration id, what was wrong and what to do; it never contains the secret or a signature.
 */
export class GithubWebhookError extends WebhookRejectedError {
  /** Machine-readable reason. */
  declare readonly reason: GithubWebhookRejection;

  constructor(options: { reason: GithubWebhookRejection; integrationId: string; problem: string; fix: string }) {
    super(
      { service: { name: "GitHub" }, integrationId: options.integrationId },
      {
        reason: options.reason,
        status: statusFor(options.reason),
        message: `webhook delivery rejected: ${options.problem} ${options.fix}`,
      },
    );
  }
}

function statusFor(reason: GithubWebhookRejection): number {
  switch (reason) {
    case "no-secret-configured":
      // Our configuration, not the sender's fault: a 5xx keeps the delivery redeliverable once fixed.
      return 500;
    case "missing-event-header":
    case "missing-delivery-header":
    case "malformed-payload":
      return 400;
    default:
      return 401;
  }
}
