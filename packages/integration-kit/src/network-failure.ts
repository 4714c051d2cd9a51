import type { ServiceFailure } from "./service-error.js";

/** Socket-level error codes that mean the request never got an answer. */
const NETWORK_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ENOTFOUND",
  "EAI_AGAIN",
  "ETIMEDOUT",
  "EPIPE",
  "UND_ERR_SOCKET",
  "UND_ERR_CONNECT_TIMEOUT",
  "UND_ERR_HEADERS_TIMEOUT",
  "UND_ERR_BODY_TIMEOUT",
]);

function codeOf(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" ? code : undefined;
}

/** The error and the errors it wraps (`cause`, and `original` as Slack's and axios' errors name it). */
function* chain(error: unknown): Generator<unknown> {
  const seen = new Set<unknown>();
  const pending = [error];
  while (pending.length > 0 && seen.size < 8) {
    const current = pending.shift();
    if (!current || typeof current !== "object" || seen.has(current)) continue;
    seen.add(current);
    yield current;
    pending.push((current as { cause?: unknown }).cause, (current as { original?: unknown }).original);
  }
}

/**
 * True when the error, or one it wraps, is an abort caused by a timeout (fetch with
 * `AbortSignal.timeout`, undici, axios), so every vendor client's timeout reads the same.
 */
export function isTimeoutError(error: unknown): boolean {
  for (const current of chain(error)) {
    const name = (current as { name?: unknown }).name;
    const code = codeOf(current);
    if (
      name === "TimeoutError" ||
      code === "ETIMEDOUT" ||
      code === "ECONNABORTED" ||
      code === "UND_ERR_HEADERS_TIMEOUT"
    ) {
      return true;
    }
  }
  return false;
}

/**
 * A request that never reached the service or never came back (refused, reset, DNS), found on the
 * error or its `cause` chain. Always transient: Trigger.dev's backoff retries it.
 */
export function describeNetworkFailure(error: unknown): ServiceFailure | undefined {
  for (const current of chain(error)) {
    const code = codeOf(current);
    if (code && NETWORK_CODES.has(code)) {
      return {
        verdict: { kind: "transient" },
        message: `the request did not reach the service (${code})`,
        hint: "Check the network and the `baseUrl` option; Trigger.dev retries.",
      };
    }
  }
  return undefined;
}
