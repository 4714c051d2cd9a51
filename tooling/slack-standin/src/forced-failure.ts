/**
 * How the stand-in fails a call instead of answering it. With only `error`, Slack's usual shape:
 * HTTP 200 and `{ ok: false, error }` (`ratelimited` alone means HTTP 429 with `Retry-After`).
 * `loseResponse` and `slowResponse` are different: the call is performed (a message is stored),
 * only its answer is lost or late, which is what makes a retry ambiguous.
 */
export interface ForcedFailure {
  /** Slack's error code, such as `not_in_channel`, `missing_scope` or `ratelimited`. */
  readonly error?: string;
  /** HTTP status to answer with; 429 adds `Retry-After`, 5xx answers a non-JSON body as Slack's edge does. */
  readonly status?: number;
  /** Seconds for the `Retry-After` header of a 429 (default 30); `null` sends a 429 without it. */
  readonly retryAfter?: number | null;
  /** The scope the method needed, reported with `missing_scope`. */
  readonly needed?: string;
  /** The scopes the token has, reported with `missing_scope`. */
  readonly provided?: string;
  /** Drops the connection without answering and without performing the call, like a network failure. */
  readonly disconnect?: boolean;
  /** Performs the call, then drops the connection without answering: the response was lost. */
  readonly loseResponse?: boolean;
  /** Performs the call, then answers only after this many milliseconds (for client timeouts). */
  readonly slowResponse?: number;
}

/** Whether the failure lets the call happen and only spoils its answer. */
export const afterPerforming = (failure: ForcedFailure | undefined) =>
  failure?.loseResponse === true || failure?.slowResponse !== undefined;

/** A forced failure waiting for the next calls of one method (`"*"`: any method). */
export interface PendingFailure {
  readonly method: string;
  readonly failure: ForcedFailure;
  remaining: number;
}

/** What the stand-in answers for a failure: status, headers and body. */
export function failureResponse(failure: ForcedFailure): {
  status: number;
  headers: Record<string, string>;
  body: string;
} {
  const status = failure.status ?? (failure.error === "ratelimited" ? 429 : 200);
  if (status >= 500)
    return { status, headers: { "content-type": "text/html" }, body: "<html>Slack is unavailable</html>" };
  const headers: Record<string, string> = { "content-type": "application/json; charset=utf-8" };
  if (status === 429 && failure.retryAfter !== null) headers["retry-after"] = String(failure.retryAfter ?? 30);
  const body: Record<string, unknown> = {
    ok: false,
    error: failure.error ?? (status === 429 ? "ratelimited" : "fatal_error"),
  };
  if (failure.needed !== undefined) body.needed = failure.needed;
  if (failure.provided !== undefined) body.provided = failure.provided;
  return { status, headers, body: JSON.stringify(body) };
}
