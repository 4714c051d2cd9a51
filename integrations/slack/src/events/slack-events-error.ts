/** Why the Slack Events API helper refused a request. */
export type SlackEventsErrorReason =
  | "no-signing-secret"
  | "missing-signature"
  | "malformed-signature"
  | "signature-mismatch"
  | "missing-timestamp"
  | "stale-timestamp"
  | "malformed-payload"
  | "invalid-options";

/** A Slack Events API request was refused; the message says why and never contains the signing secret. */
export class SlackEventsError extends Error {
  /** Machine-readable reason. */
  readonly reason: SlackEventsErrorReason;

  constructor(reason: SlackEventsErrorReason, message: string) {
    super(message);
    this.name = "SlackEventsError";
    this.reason = reason;
  }
}
