import {
  describeHttpFailure,
  describeNetworkFailure,
  describeNonJsonAnswer,
  type FailureVerdict,
  HttpResponseError,
  isMarkup,
  retryAtFromRetryAfter,
  type ServiceFailure,
} from "@acme/integration-kit";
import { BackgroundHttpError } from "./background-http-error.js";
import { parseResetDuration } from "./openai-reset-duration.js";

/** When OpenAI says "rate limited" and no header says until when. */
const DEFAULT_RATE_LIMIT_WAIT_MS = 60_000;

const DOCS = "https://platform.openai.com/docs/guides/error-codes/api-errors";

/** Statuses the same request can never turn into a success. */
const PERMANENT = new Set([400, 401, 403, 404, 405, 410, 413, 415, 422]);

const HINTS: Record<number, string> = {
  400: "OpenAI rejected the request: fix the params it names.",
  401: "The API key was rejected: check the `apiKey` option (OPENAI_API_KEY), and `organization` / `project` if the key belongs to several.",
  403: "The key may not do this: check the project's permissions and model access, or the region you call from.",
  404: "Check the model name or the id in the params, and that the key's project can see it.",
  422: "OpenAI could not process the params: fix the ones it names.",
};

/** The parts of the SDK's `APIError` we read (duck-typed: two copies of the SDK must both work). */
interface OpenaiApiError {
  readonly status: number | undefined;
  readonly headers: Headers | Record<string, string> | undefined;
  readonly error: { message?: unknown; type?: unknown; code?: unknown; param?: unknown } | undefined;
  readonly message: string;
}

/** The class names along an error's prototype chain (the SDK's errors do not set `name`). */
function classNames(error: object): string[] {
  const names: string[] = [];
  for (
    let proto = Object.getPrototypeOf(error);
    proto && proto !== Object.prototype;
    proto = Object.getPrototypeOf(proto)
  ) {
    names.push(proto.constructor?.name ?? "");
  }
  return names;
}

function isApiError(error: unknown): error is OpenaiApiError {
  return error instanceof Error && (classNames(error).includes("APIError") || error instanceof BackgroundHttpError);
}

function headerRecord(headers: OpenaiApiError["headers"]): Record<string, string> {
  if (!headers) return {};
  if (typeof (headers as Headers).forEach === "function" && typeof (headers as Headers).get === "function") {
    const record: Record<string, string> = {};
    (headers as Headers).forEach((value, name) => {
      record[name.toLowerCase()] = value;
    });
    return record;
  }
  return Object.fromEntries(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), String(value)]));
}

const text = (value: unknown) => (typeof value === "string" && value.trim() !== "" ? value.trim() : undefined);

/**
 * When a 429 may be retried, in the order OpenAI's own SDK reads it: `retry-after-ms`, then
 * `retry-after`; then the reset of the limit that ran out (`x-ratelimit-reset-requests` when no
 * requests remain, `x-ratelimit-reset-tokens` when no tokens remain, as durations like `6m0s`);
 * then the later of the two resets; else a minute.
 */
export function openaiRetryAt(headers: Record<string, string>, now: number = Date.now()): Date {
  const afterMs = Number(headers["retry-after-ms"]);
  if (headers["retry-after-ms"] !== undefined && Number.isFinite(afterMs) && afterMs >= 0)
    return new Date(now + afterMs);
  const after = retryAtFromRetryAfter(headers["retry-after"], now);
  if (after) return after;
  const requests = parseResetDuration(headers["x-ratelimit-reset-requests"]);
  const tokens = parseResetDuration(headers["x-ratelimit-reset-tokens"]);
  if (headers["x-ratelimit-remaining-requests"] === "0" && requests !== undefined) return new Date(now + requests);
  if (headers["x-ratelimit-remaining-tokens"] === "0" && tokens !== undefined) return new Date(now + tokens);
  const later = Math.max(requests ?? -1, tokens ?? -1);
  return new Date(now + (later >= 0 ? later : DEFAULT_RATE_LIMIT_WAIT_MS));
}

/**
 * How OpenAI signals rate limits and permanent errors, for the kit's error policy: a 429 is
 * retried at the time its headers give (`insufficient_quota` is not: the account is out of
 * credit); 400/401/403/404/422 fail at once with OpenAI's message; 408, 409, 5xx, timeouts and
 * requests that got no answer are transient. Undefined for errors that did not come from OpenAI.
 */
export function describeOpenaiFailure(error: unknown, now: number = Date.now()): ServiceFailure | undefined {
  if (!isApiError(error)) return undefined;
  const { status } = error;
  if (status === undefined) {
    // The guarded fetch's verdict on a success that was not OpenAI's JSON, wrapped by the SDK.
    const unreadable = (error as unknown as Error).cause;
    if (unreadable instanceof HttpResponseError) return describeHttpFailure(unreadable);
    if (classNames(error).includes("APIConnectionTimeoutError")) {
      return {
        verdict: { kind: "transient" },
        message: "OpenAI did not answer in time (the request timed out)",
        hint: "Trigger.dev retries it; for long generations raise `timeoutMs`, or use a background variant.",
      };
    }
    return (
      describeNetworkFailure(error) ?? {
        verdict: { kind: "transient" },
        message: `no answer came from OpenAI: ${((error as unknown as Error).cause as Error | undefined)?.message ?? error.message}`,
        hint: "Check the `baseUrl` option and that the network can reach it; Trigger.dev retries.",
      }
    );
  }
  const headers = headerRecord(error.headers);
  const body = error.error;
  if (!body) {
    const raw = error.message.replace(/^\d{3} /, "");
    if (isMarkup(raw)) return describeNonJsonAnswer(status, raw);
  }
  const message = text(body?.message) ?? error.message.replace(/^\d{3} /, "");
  const code = text(body?.code) ?? text(body?.type);
  const param = text(body?.param);
  const described = {
    status,
    message: param && !message.includes(param) ? `${message} (param: ${param})` : message,
    ...(code ? { serviceCode: code } : {}),
    docsUrl: DOCS,
  };
  if (status === 429) {
    if (body?.code === "insufficient_quota" || body?.type === "insufficient_quota") {
      return {
        ...described,
        verdict: { kind: "permanent" },
        hint: "The account is out of credit or over its monthly budget: add credit or raise the limit in OpenAI's billing settings (platform.openai.com/settings/organization/billing); retrying cannot help.",
      };
    }
    const retryAt = openaiRetryAt(headers, now);
    const verdict: FailureVerdict = { kind: "rate-limited", retryAt };
    return {
      ...described,
      verdict,
      hint: "OpenAI's rate limit for this key and model was reached; spread the calls out or ask OpenAI for a higher tier.",
    };
  }
  if (status >= 500 || status === 408 || status === 409) return { ...described, verdict: { kind: "transient" } };
  const permanent = PERMANENT.has(status) || (status >= 400 && status < 500);
  return {
    ...described,
    verdict: permanent ? { kind: "permanent" } : { kind: "transient" },
    ...(HINTS[status] ? { hint: HINTS[status] } : {}),
  };
}
