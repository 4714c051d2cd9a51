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

/** Trigger.dev's answer for a verdict: `retryAt`, `skipRetrying`, or nothing (default backoff). */
export function answerFailure(verdict: FailureVerdict | undefined, error: unknown): FailureAnswer {
  const asError = error instanceof Error ? error : undefined;
  switch (verdict?.kind) {
    case "rate-limited":
      return { retryAt: verdict.retryAt, error: asError };
    case "permanent":
      return { skipRetrying: true, error: asError };
    default:
      return undefined;
  }
}
