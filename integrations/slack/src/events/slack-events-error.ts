import { WebhookRejectedError } from "@acme/integration-kit";

/** Why the Slack Events API helper refused a request. */
export type SlackEventsErrorReason =
  | "no-signing-secret"
  | "missing-signature"
  | "malformed-signature"
  | "signature-mismatch"
  | "missing-timestamp"
  | "stale-timestamp"
  | "method-not-allowed"
  | "missing-received-time"
  | "malformed-payload"
  | "invalid-options";

const STATUS: Record<SlackEventsErrorReason, number> = {
  "no-signing-secret": 500,
  "missing-signature": 401,
  "malformed-signature": 401,
  "signature-mismatch": 401,
  "missing-timestamp": 401,
  "stale-timestamp": 401,
  "method-not-allowed": 405,
  // Only a run can lack the time its request was received; it is refused as unverifiable.
  "missing-received-time": 401,
  "malformed-payload": 400,
  "invalid-options": 400,
};

/** A Slack Events API request was refused; the message says why and never contains the signing secret. */
export class SlackEventsError extends WebhookRejectedError {
  /** Machine-readable reason. */
  declare readonly reason: SlackEventsErrorReason;

  constructor(integrationId: string, reason: SlackEventsErrorReason, message: string) {
    super({ service: { name: "Slack" }, integrationId }, { reason, status: STATUS[reason], message });
  }
}
