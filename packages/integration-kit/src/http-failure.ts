import type { FailureVerdict } from "./failure-policy.js";
import { HttpResponseError } from "./http-client.js";
import { describeNonJsonAnswer } from "./non-json-answer.js";
import { retryAtFromHeaders } from "./rate-limit-headers.js";
import { readErrorBody } from "./read-error-body.js";
import type { ServiceFailure } from "./service-error.js";

/** Statuses that the same request can never turn into a success. */
const PERMANENT = new Set([400, 401, 403, 404, 405, 409, 410, 413, 415, 422]);

const HINTS: Record<number, string> = {
  400: "The request was malformed: check the task's params.",
  401: "The credential was rejected: check the token, or reconnect the account in the Trigger.dev dashboard.",
  403: "The credential lacks permission for this: grant the needed scope or access.",
  404: "Nothing exists at that address, or the credential cannot see it: check the ids in the params.",
  410: "The resource is gone.",
  422: "The service rejected the params: check them against its documentation.",
};

/**
 * The kit's reading of an {@link HttpResponseError} (the default `describeFailure` for plain HTTP
 * integrations): `Retry-After`, else an `x-ratelimit-reset` with nothing remaining, is a rate
 * limit; client errors are permanent; 5xx, other 429s and bodies that are not JSON are transient.
 */
export function describeHttpFailure(error: unknown, now: number = Date.now()): ServiceFailure | undefined {
  if (!(error instanceof HttpResponseError)) return undefined;
  const { status, headers, body } = error;
  if (error.unreadableBody) return describeNonJsonAnswer(status, typeof body === "string" ? body : "");
  const retryAt = retryAtFromHeaders(headers, now);
  const verdict: FailureVerdict =
    (status === 429 || status === 403 || status === 503) && retryAt
      ? { kind: "rate-limited", retryAt }
      : PERMANENT.has(status)
        ? { kind: "permanent" }
        : { kind: "transient" };
  const { message, code } = readErrorBody(body);
  return {
    verdict,
    status,
    message: message ?? `the service answered HTTP ${status}`,
    ...(code ? { serviceCode: code } : {}),
    ...(HINTS[status] ? { hint: HINTS[status] } : {}),
  };
}
