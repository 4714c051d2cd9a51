/** A header value as vendor SDKs expose it. */
type HeaderValue = string | number | readonly string[] | null | undefined;

function firstValue(value: HeaderValue): string | undefined {
  if (value === null || value === undefined) return undefined;
  const first = Array.isArray(value) ? value[0] : value;
  return first === undefined ? undefined : String(first).trim();
}

/** `Retry-After` as a time: delay in seconds or an HTTP date. Undefined when absent or unreadable. */
export function retryAtFromRetryAfter(value: HeaderValue, now: number = Date.now()): Date | undefined {
  const text = firstValue(value);
  if (!text) return undefined;
  if (/^\d+(\.\d+)?$/.test(text)) return new Date(now + Number(text) * 1000);
  // An HTTP date always names its weekday and month; anything else (such as "-5") is unreadable.
  const date = /[a-z]/i.test(text) ? Date.parse(text) : Number.NaN;
  return Number.isNaN(date) ? undefined : new Date(Math.max(date, now));
}

/** A reset header that holds epoch seconds (GitHub's `x-ratelimit-reset`) as a time. */
export function retryAtFromEpochSeconds(value: HeaderValue, now: number = Date.now()): Date | undefined {
  const text = firstValue(value);
  if (!text || !/^\d+$/.test(text)) return undefined;
  return new Date(Math.max(Number(text) * 1000, now));
}

/**
 * When a rate-limited call may be retried, from the usual headers (lower-case names), in the order
 * GitHub documents and other services follow: `retry-after` first; otherwise, when
 * `x-ratelimit-remaining` is 0, `x-ratelimit-reset` (epoch seconds). Undefined when neither says.
 */
export function retryAtFromHeaders(
  headers: Readonly<Record<string, HeaderValue>>,
  now: number = Date.now(),
): Date | undefined {
  return (
    retryAtFromRetryAfter(headers["retry-after"], now) ??
    (firstValue(headers["x-ratelimit-remaining"]) === "0"
      ? retryAtFromEpochSeconds(headers["x-ratelimit-reset"], now)
      : undefined)
  );
}
