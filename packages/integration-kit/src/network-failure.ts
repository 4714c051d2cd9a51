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

/** True for an abort caused by a timeout (fetch with `AbortSignal.timeout`, undici, axios). */
export function isTimeoutError(error: unknown): boolean {
  const name = (error as { name?: unknown } | null)?.name;
  return name === "TimeoutError" || codeOf(error) === "ETIMEDOUT" || codeOf(error) === "ECONNABORTED";
}

/**
 * A request that never reached the service or never came back (refused, reset, DNS), found on the
 * error or its `cause` chain. Always transient: Trigger.dev's backoff retries it.
 */
export function describeNetworkFailure(error: unknown): ServiceFailure | undefined {
  for (let current = error, depth = 0; current && depth < 4; current = (current as Error).cause, depth++) {
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
