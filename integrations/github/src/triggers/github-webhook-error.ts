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
export class GithubWebhookError extends Error {
  /** Machine-readable reason. */
  readonly reason: GithubWebhookRejection;
  /** Always `"GitHub"`. */
  readonly service = "GitHub";
  /** The `id` option of the Github integration that received the delivery. */
  readonly integrationId: string;
  /** The HTTP status the delivery is answered with (GitHub shows it and offers a redelivery). */
  readonly status: number;

  constructor(options: { reason: GithubWebhookRejection; integrationId: string; problem: string; fix: string }) {
    super(
      `GitHub integration (${options.integrationId}): webhook delivery rejected: ${options.problem} ${options.fix}`,
    );
    this.name = "GithubWebhookError";
    this.reason = options.reason;
    this.integrationId = options.integrationId;
    this.status = statusFor(options.reason);
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
