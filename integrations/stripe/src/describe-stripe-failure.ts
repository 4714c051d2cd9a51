import {
  describeNetworkFailure,
  describeNonJsonAnswer,
  retryAtFromHeaders,
  type ServiceFailure,
} from "@acme/integration-kit";
import { StripeAnswerError } from "./stripe-answer-error.js";

/** The fields of the SDK's `StripeError` we read (duck-typed: two copies of the SDK must both work). */
interface StripeSdkError {
  readonly type: string;
  readonly rawType?: string;
  readonly message: string;
  readonly statusCode?: number;
  readonly code?: string;
  readonly decline_code?: string;
  readonly doc_url?: string;
  readonly param?: string;
  readonly requestId?: string;
  readonly headers?: Readonly<Record<string, string | undefined>>;
  readonly detail?: unknown;
}

/** What the description needs besides the error. */
export interface StripeFailureContext {
  /** The integration's timeout, named when a request took longer (when known). */
  readonly timeoutMs?: number;
  /** The current time (for tests). */
  readonly now?: number;
  /** A random number in [0, 1) spreading 429 retries apart (for tests). */
  readonly random?: () => number;
}

/**
 * Stripe sends no reset header with a 429: the retry waits a short backoff, spread over a second so
 * that runs limited together do not come back together.
 */
const RATE_LIMIT_WAIT_MS = 2_000;
const RATE_LIMIT_SPREAD_MS = 1_000;

/** How to fix what Stripe refused, by its error code or type, in the user's terms. */
const HINTS: Readonly<Record<string, string>> = {
  card_declined:
    "The card was declined: retrying the same card will not help. Ask the customer for another payment method (or handle the decline code).",
  expired_card: "The card has expired: ask the customer for another card.",
  incorrect_cvc: "The CVC is wrong: ask the customer to enter it again.",
  resource_missing:
    "Check the id: the object is not in this Stripe account (test and live mode are separate, and a connected account's objects need its `stripeAccount`).",
  parameter_unknown: "Remove the parameter Stripe names: it is not one this endpoint takes in the API version used.",
  parameter_missing: "Add the parameter Stripe names.",
  idempotency_error:
    "This task's idempotency key was used before with other params: give each different call its own task key.",
  api_key_expired: "The API key has expired: roll it in the Stripe dashboard and update the `apiKey` option.",
  secret_key_required: "Use a secret key (sk_...) or a restricted key with this permission, not a publishable key.",
  invalid_request_error: "Fix the params Stripe names.",
};

/** Hints for statuses whose error type says little (a 401 is an `invalid_request_error`). */
const STATUS_HINTS: Readonly<Record<number, string>> = {
  401: "Stripe rejected the API key: check the `apiKey` option (usually STRIPE_SECRET_KEY), and that it belongs to the mode (test or live) you mean.",
  403: "The key may not do this: give the restricted key this resource's permission, or check that it may act for the connected account given as `stripeAccount`.",
};

function isStripeError(error: unknown): error is StripeSdkError {
  if (!(error instanceof Error)) return false;
  const { type } = error as { type?: unknown };
  return typeof type === "string" && type.startsWith("Stripe") && "rawType" in error;
}

/** The error, or what the SDK wrapped: a connection error keeps the fetch failure in `detail`. */
function answerErrorIn(error: StripeSdkError): StripeAnswerError | undefined {
  const { detail } = error;
  return detail instanceof StripeAnswerError ? detail : undefined;
}

/** Stripe's own words: its message, the decline code, the parameter, and the request id for Stripe's support. */
function stripeMessage(error: StripeSdkError): string {
  const extras = [
    error.decline_code ? `decline code: ${error.decline_code}` : "",
    error.param && !error.message.includes(error.param) ? `param: ${error.param}` : "",
    error.requestId ? `request ${error.requestId}` : "",
  ].filter(Boolean);
  const message = error.message.trim().replace(/\.$/, "") || `Stripe answered ${error.rawType ?? "an error"}`;
  return extras.length > 0 ? `${message} (${extras.join("; ")})` : message;
}

/**
 * How Stripe signals rate limits and permanent errors, for the kit's error policy: a 429 is
 * retried after `Retry-After` when a proxy sent one, else after a short backoff (Stripe sends no
 * reset header); `Stripe-Should-Retry` is followed when Stripe sends it; 409 (a request with the
 * same idempotency key still running), 5xx, a timeout and a request that got no answer are
 * transient; every other 4xx (a declined card, a bad parameter, a missing object, a rejected key)
 * is permanent, with Stripe's message, decline code, `doc_url` and a hint. An answer that is not
 * JSON did not come from Stripe and is retried. Undefined for errors that did not come from the SDK.
 */
export function describeStripeFailure(error: unknown, context: StripeFailureContext): ServiceFailure | undefined {
  if (error instanceof StripeAnswerError) return describeNonJsonAnswer(error.status, error.body);
  if (!isStripeError(error)) return undefined;
  const now = context.now ?? Date.now();
  const notJson = answerErrorIn(error);
  if (notJson) return describeNonJsonAnswer(notJson.status, notJson.body);
  if (error.type === "StripeConnectionError") {
    const timedOut = (error.detail as { code?: unknown } | undefined)?.code === "ETIMEDOUT";
    if (timedOut) {
      return {
        verdict: { kind: "transient" },
        message: `Stripe did not answer within ${context.timeoutMs === undefined ? "the timeout" : `${context.timeoutMs} ms`}`,
        hint: "Trigger.dev retries it; if the call is slow by nature, raise the `timeoutMs` option.",
      };
    }
    return (
      describeNetworkFailure(error.detail) ?? {
        verdict: { kind: "transient" },
        message: `no answer came from Stripe: ${error.message}`,
        hint: "Check the `baseUrl` option and that the network can reach it; Trigger.dev retries.",
      }
    );
  }
  const status = error.statusCode;
  const headers = Object.fromEntries(Object.entries(error.headers ?? {}).map(([k, v]) => [k.toLowerCase(), v]));
  const shouldRetry = headers["stripe-should-retry"];
  const code = error.code ?? error.rawType;
  const described = {
    message: stripeMessage(error),
    ...(status ? { status } : {}),
    ...(code ? { serviceCode: code } : {}),
    ...(error.doc_url ? { docsUrl: error.doc_url } : {}),
  };
  if (status === 429 && shouldRetry !== "false") {
    const spread = (context.random ?? Math.random)() * RATE_LIMIT_SPREAD_MS;
    const retryAt = retryAtFromHeaders(headers, now) ?? new Date(now + RATE_LIMIT_WAIT_MS + spread);
    return {
      ...described,
      verdict: { kind: "rate-limited", retryAt },
      hint: "Stripe's rate limit is per account and per second: spread the calls out or make fewer at once.",
    };
  }
  if (shouldRetry === "true") return { ...described, verdict: { kind: "transient" } };
  const permanent =
    shouldRetry === "false" ||
    (status !== undefined && status >= 400 && status < 500 && status !== 409 && status !== 408);
  if (!permanent) return { ...described, verdict: { kind: "transient" } };
  const hint = HINTS[error.code ?? ""] ?? STATUS_HINTS[status ?? 0] ?? HINTS[error.rawType ?? ""];
  return { ...described, verdict: { kind: "permanent" }, ...(hint ? { hint } : {}) };
}
