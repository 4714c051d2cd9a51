import { type ErrorOrigin, IntegrationError, originLabel } from "./errors.js";
import { type FailureVerdict, MAX_RATE_LIMITED_ATTEMPTS, withRetryFloor } from "./failure-policy.js";
import { sentence } from "./sentence.js";

/** What an integration reads out of a failed vendor call. */
export interface ServiceFailure {
  /** Whether and when to retry. */
  readonly verdict: FailureVerdict;
  /** The service's own words for what went wrong (never containing the credential). */
  readonly message: string;
  /** HTTP status, when there was a response. */
  readonly status?: number;
  /** The service's own error code (`"missing_scope"`, `"not_found"`). */
  readonly serviceCode?: string;
  /** How to fix it, in the user's terms (`"Add the chat:write scope to the app"`). */
  readonly hint?: string;
  /** The service's documentation for this error or endpoint. */
  readonly docsUrl?: string;
}

function describe(origin: ErrorOrigin, task: string, failure: ServiceFailure, verdict: FailureVerdict): string {
  const status = failure.status
    ? ` (HTTP ${failure.status}${failure.serviceCode ? `, ${failure.serviceCode}` : ""})`
    : "";
  const plainCode = !failure.status && failure.serviceCode ? ` (${failure.serviceCode})` : "";
  const next =
    verdict.kind === "rate-limited"
      ? `Rate limited: Trigger.dev retries at ${verdict.retryAt.toISOString()} (up to attempt ${MAX_RATE_LIMITED_ATTEMPTS}).`
      : verdict.kind === "permanent"
        ? "Not retried: the same request would fail again."
        : "";
  const sentences = [
    sentence(`${originLabel(origin)}: "${task}" failed${status}${plainCode}: ${failure.message}`),
    next,
    failure.hint ? sentence(failure.hint) : "",
    failure.docsUrl ? `See ${failure.docsUrl}` : "",
  ];
  return sentences.filter(Boolean).join(" ");
}

/**
 * A call the service answered with an error, or did not answer. Carries the verdict, so the kit's
 * error callback answers Trigger.dev without asking the integration again; `cause` keeps the
 * vendor SDK's own error. A rate limit's `retryAt` is never sooner than `MIN_RETRY_DELAY_MS`.
 */
export class ServiceError extends IntegrationError {
  /** Whether and when Trigger.dev retries. */
  readonly verdict: FailureVerdict;
  /** HTTP status, when there was a response. */
  readonly status: number | undefined;
  /** The service's own error code. */
  readonly serviceCode: string | undefined;
  /** The service's documentation for this error. */
  readonly docsUrl: string | undefined;
  /** What the integration read out of the failure, as it was read. */
  readonly failure: ServiceFailure;

  constructor(origin: ErrorOrigin, task: string, failure: ServiceFailure, options?: ErrorOptions) {
    const verdict = withRetryFloor(failure.verdict);
    super(
      verdict.kind === "rate-limited" ? "RATE_LIMITED" : "SERVICE_ERROR",
      origin,
      describe(origin, task, failure, verdict),
      options,
    );
    this.verdict = verdict;
    this.status = failure.status;
    this.serviceCode = failure.serviceCode;
    this.docsUrl = failure.docsUrl;
    this.failure = failure;
  }

  /** True when Trigger.dev should try again (rate limits and transient failures). */
  get isRetryable(): boolean {
    return this.verdict.kind !== "permanent";
  }
}
