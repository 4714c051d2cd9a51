/** A payload that is not the GitHub webhook event a trigger expects (not JSON, or a field missing). */
export class GithubPayloadError extends Error {
  /** Machine-readable reason. */
  readonly code = "WEBHOOK_PAYLOAD_INVALID";
  /** The GitHub event name the payload was checked against (`"issues"`). */
  readonly event: string;

  constructor(event: string, problem: string) {
    super(
      `GitHub "${event}" webhook payload is not valid: ${problem}. ` +
        `Make sure the webhook sends the "${event}" event with content type application/json.`,
    );
    this.name = "GithubPayloadError";
    this.event = event;
  }
}
