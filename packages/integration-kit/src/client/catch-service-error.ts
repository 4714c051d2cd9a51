import { type FailureVerdict, MAX_RATE_LIMITED_ATTEMPTS } from "../failure-policy.js";

/**
 * What Trigger.dev v4 passes a `catchError` hook, as its documentation describes it (the fields read
 * here; the SDK passes more). Written out rather than imported, so the kit needs no SDK.
 */
export interface CatchErrorParams {
  /** What the task's `run` threw. */
  readonly error: unknown;
  /** The run's context; `ctx.attempt.number` is the attempt that failed, from 1. */
  readonly ctx?: { readonly attempt?: { readonly number?: number } };
  /** When the task's own retry policy would retry; undefined when it has no attempt left. */
  readonly retryAt?: Date | undefined;
  /** The delay the task's own retry policy would wait, in ms; undefined when it has no attempt left. */
  readonly retryDelayInMs?: number | undefined;
}

/** A retry policy as v4 documents it (`retry` in a task's options). */
export interface CatchErrorRetryPolicy {
  readonly maxAttempts?: number | undefined;
  readonly factor?: number | undefined;
  readonly minTimeoutInMs?: number | undefined;
  readonly maxTimeoutInMs?: number | undefined;
  readonly randomize?: boolean | undefined;
}

/** What a v4 `catchError` hook may answer (`skipRetrying` wins over `retryAt`); nothing keeps the task's own policy. */
export interface CatchErrorAnswer {
  /** Fail the run now, without further attempts. */
  readonly skipRetrying?: boolean | undefined;
  /** Retry at exactly this time. */
  readonly retryAt?: Date | undefined;
  /** Retry after this many ms. */
  readonly retryDelayInMs?: number | undefined;
  /** Retry with this policy instead of the task's. */
  readonly retry?: CatchErrorRetryPolicy | undefined;
  /** The error to report instead. */
  readonly error?: unknown;
}

/** What a `catchError` hook returns: an answer, or nothing, now or later. */
// biome-ignore lint/suspicious/noConfusingVoidType: v4's own hook type allows `void`, so hooks that return nothing fit.
export type CatchErrorResult = CatchErrorAnswer | undefined | void | Promise<CatchErrorAnswer | undefined | void>;

const KINDS = new Set(["rate-limited", "permanent", "transient"]);

/**
 * The verdict of the first `ServiceError` on the error or its `cause` chain. Recognised by shape
 * (name or code, and a verdict), so two copies of the kit (ESM beside CommonJS) still agree.
 */
export function serviceVerdictOf(error: unknown): FailureVerdict | undefined {
  const seen = new Set<unknown>();
  for (let current = error; current && typeof current === "object" && !seen.has(current) && seen.size < 8; ) {
    seen.add(current);
    const { name, code, verdict, cause } = current as Record<string, unknown>;
    const named = name === "ServiceError" || code === "SERVICE_ERROR" || code === "RATE_LIMITED";
    const kind = (verdict as { kind?: unknown } | undefined)?.kind;
    if (named && typeof kind === "string" && KINDS.has(kind)) {
      if (kind !== "rate-limited") return verdict as FailureVerdict;
      const retryAt = new Date((verdict as { retryAt?: Date | string | number }).retryAt ?? Number.NaN);
      if (!Number.isNaN(retryAt.getTime())) return { kind, retryAt };
      return { kind: "transient" };
    }
    current = cause;
  }
  return undefined;
}

/**
 * A Trigger.dev v4 `catchError` hook that answers for the kit's `ServiceError`s, per task
 * (`task({ catchError: catchServiceError })`) or for every task (`tasks.catchError(catchServiceError)`
 * in `trigger/init.ts`): a rate limit retries at the time the service named (`{ retryAt }`), a
 * permanent error stops retrying (`{ skipRetrying: true }`), anything else gets no answer, so the
 * task's own backoff applies. The task's retry budget still counts: when its policy has no attempt
 * left a rate limit gets no answer (so it is not retried), and from attempt
 * {@link MAX_RATE_LIMITED_ATTEMPTS} on it stops retrying.
 */
export function catchServiceError(params: CatchErrorParams): CatchErrorAnswer | undefined {
  const verdict = serviceVerdictOf(params.error);
  switch (verdict?.kind) {
    case "permanent":
      return { skipRetrying: true };
    case "rate-limited": {
      const attempt = params.ctx?.attempt?.number ?? 1;
      if (attempt >= MAX_RATE_LIMITED_ATTEMPTS) return { skipRetrying: true };
      // Trigger.dev passes no retry time when the task's own policy has no attempt left: that policy stands.
      const budgetLeft =
        params.ctx === undefined || params.retryAt !== undefined || params.retryDelayInMs !== undefined;
      return budgetLeft ? { retryAt: verdict.retryAt } : undefined;
    }
    default:
      return undefined;
  }
}
