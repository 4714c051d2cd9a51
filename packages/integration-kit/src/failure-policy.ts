/**
 * What an integration concludes about a failed call. The kit turns it into Trigger.dev's answer,
 * so every service states only how it signals rate limits and permanent errors.
 */
export type FailureVerdict =
  /** The service asked us to come back later: retry at exactly that time, never sleep in the task. */
  | { readonly kind: "rate-limited"; readonly retryAt: Date }
  /** Retrying cannot help (bad input, bad credential, missing resource): fail the task now. */
  | { readonly kind: "permanent" }
  /** Might succeed later (5xx, network): Trigger.dev's backoff decides when. */
  | { readonly kind: "transient" };

/** The value Trigger.dev's `runTask` error callback returns. */
export type FailureAnswer = { retryAt?: Date; error?: Error; skipRetrying?: boolean } | undefined;

/** The soonest a rate-limited call is retried: a `Retry-After: 0`, or a reset already past, waits this long. */
export const MIN_RETRY_DELAY_MS = 1_000;

/**
 * The attempt of a task after which a rate limit is no longer retried: a service that keeps
 * answering "come back later" (even `Retry-After: 0`) cannot keep a run going forever.
 */
export const MAX_RATE_LIMITED_ATTEMPTS = 10;

/** The verdict with a rate limit's `retryAt` moved to at least {@link MIN_RETRY_DELAY_MS} from `now`. */
export function withRetryFloor(verdict: FailureVerdict, now: number = Date.now()): FailureVerdict {
  if (verdict.kind !== "rate-limited" || verdict.retryAt.getTime() >= now + MIN_RETRY_DELAY_MS) return verdict;
  return { ...verdict, retryAt: new Date(now + MIN_RETRY_DELAY_MS) };
}

/**
 * Trigger.dev's answer for a verdict: `retryAt` (as the verdict says: a `ServiceError`'s is already
 * floored by {@link withRetryFloor}), `skipRetrying`, or nothing (default backoff). `attempt` is the task's attempt number
 * (`task.attempts`, 1 on the first run); a rate limit on attempt {@link MAX_RATE_LIMITED_ATTEMPTS}
 * or later is not retried again.
 */
export function answerFailure(verdict: FailureVerdict | undefined, error: unknown, attempt = 1): FailureAnswer {
  const asError = error instanceof Error ? error : undefined;
  switch (verdict?.kind) {
    case "rate-limited":
      if (attempt >= MAX_RATE_LIMITED_ATTEMPTS) return { skipRetrying: true, error: asError };
      return { retryAt: verdict.retryAt, error: asError };
    case "permanent":
      return { skipRetrying: true, error: asError };
    default:
      return undefined;
  }
}
