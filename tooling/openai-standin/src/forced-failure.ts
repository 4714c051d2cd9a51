/**
 * How the stand-in fails a call instead of answering it, the way OpenAI does. `loseResponse` and
 * `slowResponse` let the call happen (a created object is stored) and spoil only its answer,
 * which is what makes a retry ambiguous.
 */
export interface ForcedFailure {
  /** HTTP status: 429 adds OpenAI's rate-limit headers; 400/401/403/404/409/422/5xx answer OpenAI's error body. */
  readonly status?: number;
  /** OpenAI's error `code` (`rate_limit_exceeded`, `insufficient_quota`, `invalid_api_key`, ...). */
  readonly code?: string;
  /** OpenAI's error `type` (`requests`, `tokens`, `insufficient_quota`, `invalid_request_error`, `server_error`). */
  readonly type?: string;
  /** The error message; a plausible one by default. */
  readonly message?: string;
  /** `x-ratelimit-reset-requests` on a 429 (OpenAI's duration, `"6m0s"`, `"12ms"`). */
  readonly resetRequests?: string;
  /** `x-ratelimit-reset-tokens` on a 429. */
  readonly resetTokens?: string;
  /** `retry-after` (seconds) on a 429 or 503. */
  readonly retryAfter?: number;
  /** `retry-after-ms` on a 429. */
  readonly retryAfterMs?: number;
  /** Answers an HTML page (a proxy's or load balancer's) instead of OpenAI's JSON. */
  readonly html?: boolean;
  /** Drops the connection without answering and without performing the call. */
  readonly disconnect?: boolean;
  /** Performs the call, then drops the connection without answering: the response was lost. */
  readonly loseResponse?: boolean;
  /** Performs the call, then answers only after this many milliseconds (for client timeouts). */
  readonly slowResponse?: number;
}

/** Whether the failure lets the call happen and only spoils its answer. */
export const afterPerforming = (failure: ForcedFailure | undefined): boolean =>
  failure?.loseResponse === true || failure?.slowResponse !== undefined;

const MESSAGES: Record<number, [type: string, code: string | null, message: string]> = {
  400: ["invalid_request_error", null, "Invalid request."],
  401: [
    "invalid_request_error",
    "invalid_api_key",
    "Incorrect API key provided. You can find your API key at https://platform.openai.com/account/api-keys.",
  ],
  403: ["invalid_request_error", "unsupported_country_region_territory", "Country, region, or territory not supported"],
  404: ["invalid_request_error", null, "The model `gpt-nonexistent` does not exist or you do not have access to it."],
  409: ["invalid_request_error", null, "Another process is using this resource."],
  422: ["invalid_request_error", null, "Unprocessable entity."],
  429: ["requests", "rate_limit_exceeded", "Rate limit reached for requests. Please try again in 6m0s."],
  500: ["server_error", null, "The server had an error while processing your request. Sorry about that!"],
  502: ["server_error", null, "Bad gateway."],
  503: ["server_error", null, "The engine is currently overloaded, please try again later."],
};

/** The status, headers and body of a forced failure, as OpenAI answers it. */
export function failureResponse(failure: ForcedFailure): {
  status: number;
  headers: Record<string, string>;
  body: string;
} {
  const status = failure.status ?? 500;
  if (failure.html) {
    return {
      status,
      headers: { "content-type": "text/html" },
      body: `<html><head><title>${status} Bad Gateway</title></head><body><center><h1>${status}</h1></center></body></html>`,
    };
  }
  const [type, code, message] = MESSAGES[status] ?? MESSAGES[status >= 500 ? 500 : 400] ?? ["", null, ""];
  const headers: Record<string, string> = { "content-type": "application/json", "x-request-id": "req_standin_failure" };
  if (status === 429 && failure.code !== "insufficient_quota") {
    headers["x-ratelimit-limit-requests"] = "60";
    headers["x-ratelimit-limit-tokens"] = "150000";
    headers["x-ratelimit-remaining-requests"] = failure.type === "tokens" ? "59" : "0";
    headers["x-ratelimit-remaining-tokens"] = failure.type === "tokens" ? "0" : "149000";
    headers["x-ratelimit-reset-requests"] = failure.resetRequests ?? "6m0s";
    headers["x-ratelimit-reset-tokens"] = failure.resetTokens ?? "12ms";
  }
  if (failure.retryAfter !== undefined) headers["retry-after"] = String(failure.retryAfter);
  if (failure.retryAfterMs !== undefined) headers["retry-after-ms"] = String(failure.retryAfterMs);
  const quota = failure.code === "insufficient_quota";
  const error = {
    message:
      failure.message ??
      (quota
        ? "You exceeded your current quota, please check your plan and billing details."
        : failure.type === "tokens"
          ? "Rate limit reached for tokens per min (TPM). Please try again in 12ms."
          : message),
    type: failure.type ?? (quota ? "insufficient_quota" : type),
    param: null,
    code: failure.code ?? code,
  };
  return { status, headers, body: JSON.stringify({ error }) };
}
