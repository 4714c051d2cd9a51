import { type Answer, errorAnswer } from "./stripe-error.js";

/**
 * How the stand-in fails a request instead of answering it. With a `status`, Stripe's error
 * answer for it (402 `card_declined`, 429 `rate_limit`, 5xx `api_error`, ...), optionally with
 * Stripe's retry headers. `loseResponse` and `slowResponse` are different: the request is
 * performed (the charge exists, its answer is kept for its idempotency key), only the answer is
 * lost or late, which is what makes a retry ambiguous.
 */
export interface ForcedFailure {
  /** HTTP status of the error answer. */
  readonly status?: number;
  /** Stripe's error `type` (default by status: `card_error` for 402, `api_error` for 5xx, ...). */
  readonly type?: string;
  /** Stripe's error `code` (default by status: `card_declined` for 402, `rate_limit` for 429). */
  readonly code?: string;
  /** The card's `decline_code`, for 402 (default `generic_decline`). */
  readonly declineCode?: string;
  /** Stripe's message (a default per status otherwise). */
  readonly message?: string;
  /** Sends `Stripe-Should-Retry: true|false`. */
  readonly shouldRetry?: boolean;
  /** Sends `Retry-After` with these seconds (Stripe itself does not; proxies may). */
  readonly retryAfter?: number;
  /** Answers the status with an HTML page, as an edge proxy does, instead of Stripe's JSON. */
  readonly html?: boolean;
  /** Drops the connection without answering and without performing the request. */
  readonly disconnect?: boolean;
  /** Performs the request, then drops the connection without answering: the response was lost. */
  readonly loseResponse?: boolean;
  /** Performs the request, then answers only after this many milliseconds. */
  readonly slowResponse?: number;
}

/** A forced failure waiting for the next requests of one route (`"*"`: any). */
export interface PendingFailure {
  /** `"POST /v1/charges"` (the description's template or the path sent) or `"*"`. */
  readonly route: string;
  readonly failure: ForcedFailure;
  remaining: number;
}

/** Whether the request is performed, with only its answer spoiled. */
export const afterPerforming = (failure: ForcedFailure | undefined): boolean =>
  failure?.loseResponse === true || failure?.slowResponse !== undefined;

/**
 * Whether Stripe would have started executing the request before failing it, so that its
 * answer is kept for the idempotency key: a decline, a bad or missing object, yes; a rate limit,
 * an outage, an authentication failure, no.
 */
export const failsWhileExecuting = (failure: ForcedFailure): boolean =>
  failure.status === 402 || failure.status === 400 || failure.status === 404;

const DEFAULTS: Readonly<Record<number, { type: string; code?: string; message: string }>> = {
  400: { type: "invalid_request_error", code: "parameter_invalid", message: "Invalid request." },
  401: { type: "invalid_request_error", message: "Invalid API Key provided." },
  402: { type: "card_error", code: "card_declined", message: "Your card was declined." },
  403: {
    type: "invalid_request_error",
    code: "secret_key_required",
    message: "The provided key does not have the required permissions for this endpoint.",
  },
  404: { type: "invalid_request_error", code: "resource_missing", message: "No such object." },
  409: {
    type: "invalid_request_error",
    code: "idempotency_key_in_use",
    message: "There is currently another in-progress request using this Idempotent Key.",
  },
  429: {
    type: "invalid_request_error",
    code: "rate_limit",
    message: "Too many requests hit the API too quickly. We recommend an exponential backoff of your requests.",
  },
};

/** The answer Stripe (or its edge) gives for a forced failure. */
export function failureAnswer(failure: ForcedFailure): Answer {
  const status = failure.status ?? 500;
  const headers: Record<string, string> = {};
  if (failure.shouldRetry !== undefined) headers["stripe-should-retry"] = String(failure.shouldRetry);
  if (failure.retryAfter !== undefined) headers["retry-after"] = String(failure.retryAfter);
  if (failure.html) {
    return {
      status,
      headers: { ...headers, "content-type": "text/html" },
      body: `<html><head><title>${status} Bad Gateway</title></head><body>stripe edge</body></html>`,
    };
  }
  const base = DEFAULTS[status] ?? { type: "api_error", message: "An unknown error occurred while processing." };
  const code = failure.code ?? base.code;
  return errorAnswer(
    status,
    {
      type: failure.type ?? base.type,
      message: failure.message ?? base.message,
      ...(code ? { code } : {}),
      ...(status === 402 ? { decline_code: failure.declineCode ?? "generic_decline" } : {}),
    },
    headers,
  );
}
