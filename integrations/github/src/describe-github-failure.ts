import {
  describeNetworkFailure,
  describeNonJsonAnswer,
  retryAtFromEpochSeconds,
  retryAtFromHeaders,
  type ServiceFailure,
} from "@acme/integration-kit";

/** The parts of Octokit's `RequestError` we read (duck-typed: two Octokit copies must both work). */
interface OctokitRequestError {
  name: string;
  status: number;
  message: string;
  response?: { headers?: Record<string, string | number | undefined>; data?: unknown };
}

/** GitHub's error body: `{ message, documentation_url, errors: [{ resource, field, code, message }] }`. */
interface GithubErrorBody {
  message?: unknown;
  documentation_url?: unknown;
  errors?: unknown;
}

/** GitHub asks to wait at least a minute after a secondary limit that names no time. */
const SECONDARY_LIMIT_WAIT_MS = 60_000;

const HINTS: Record<number, string> = {
  400: "GitHub could not parse the request: check the task's params against the endpoint's documentation.",
  401: "The token was rejected: check that it is valid and not expired (the `token` option, GITHUB_TOKEN, or the Trigger.dev GitHub connection).",
  403: "The token lacks a permission or scope this endpoint needs (for example `repo`, `workflow`, or the App's permissions), or the organization restricts it.",
  404: "Check that the repository, issue or resource exists and that the token can see it: GitHub answers 404 rather than 403 for private resources it hides.",
  409: "The resource is in a conflicting state (for example an empty repository or a merge conflict).",
  410: "The resource is gone: it was deleted or the feature is disabled for this repository.",
  422: "GitHub rejected the params: fix the fields it names.",
};

function isRequestError(error: unknown): error is OctokitRequestError {
  return (
    error instanceof Error && error.name === "HttpError" && typeof (error as { status?: unknown }).status === "number"
  );
}

/** GitHub's own words: its `message`, plus what each entry of `errors` says (422s name the fields). */
function githubMessage(error: OctokitRequestError, body: GithubErrorBody): string {
  const message = typeof body.message === "string" ? body.message : error.message;
  const details = Array.isArray(body.errors)
    ? body.errors.map((entry) => {
        if (typeof entry === "string") return entry;
        const { resource, field, code, message: text } = (entry ?? {}) as Record<string, unknown>;
        return typeof text === "string" ? text : [resource, field, code].filter(Boolean).join(" ");
      })
    : [];
  const extra = details.filter((detail) => detail && !message.includes(detail));
  return extra.length > 0 ? `${message} (${extra.join("; ")})` : message;
}

/**
 * How GitHub signals rate limits and permanent errors, for the kit's error policy. Rate limits
 * (403/429) retry when GitHub says, in the order it documents: `retry-after` first, then
 * `x-ratelimit-reset` when `x-ratelimit-remaining` is 0, else a minute later. A request that got
 * no answer, 5xx and answers that are not GitHub's JSON (a proxy's page) use the default backoff;
 * other 4xx fail at once with GitHub's message, documentation URL and a hint.
 */
export function describeGithubFailure(error: unknown, now: number = Date.now()): ServiceFailure | undefined {
  if (!isRequestError(error)) return undefined;
  const { status } = error;
  if (!error.response) {
    // Octokit reports a request that got no answer as HTTP 500 with no response: say what happened.
    return (
      describeNetworkFailure(error) ?? {
        verdict: { kind: "transient" },
        message: `no answer came from GitHub: ${error.message}`,
        hint: "Check the `baseUrl` option and that the network can reach it; Trigger.dev retries.",
      }
    );
  }
  const headers = error.response.headers ?? {};
  const { data } = error.response;
  // GitHub's API answers errors in JSON; anything else came from a proxy or an outage page.
  if (typeof data === "string" && data.trim() !== "") return describeNonJsonAnswer(status, data);
  const body: GithubErrorBody = typeof data === "object" && data !== null ? (data as GithubErrorBody) : {};
  const message = githubMessage(error, body);
  const docsUrl = typeof body.documentation_url === "string" ? body.documentation_url : undefined;
  const described = { status, message, ...(docsUrl ? { docsUrl } : {}) };

  if (status === 403 || status === 429) {
    const quotaUsedUp = String(headers["x-ratelimit-remaining"] ?? "").trim() === "0";
    const retryAt = retryAtFromHeaders(headers, now);
    if (quotaUsedUp) {
      const reset = retryAtFromEpochSeconds(headers["x-ratelimit-reset"], now);
      return {
        ...described,
        verdict: { kind: "rate-limited", retryAt: retryAt ?? new Date(now + SECONDARY_LIMIT_WAIT_MS) },
        serviceCode: "primary_rate_limit",
        hint: `The token's hourly quota (${headers["x-ratelimit-limit"] ?? "?"} requests) is used up${reset ? `; it resets at ${reset.toISOString()}` : ""}.`,
      };
    }
    if (retryAt || status === 429 || /secondary rate limit|abuse/i.test(message)) {
      return {
        ...described,
        verdict: { kind: "rate-limited", retryAt: retryAt ?? new Date(now + SECONDARY_LIMIT_WAIT_MS) },
        serviceCode: "secondary_rate_limit",
        hint: "GitHub's secondary rate limit guards against bursts: spread the requests out or make fewer concurrent ones.",
      };
    }
  }
  if (status >= 500 || status === 0) return { ...described, verdict: { kind: "transient" } };
  if (status >= 400 && status !== 408) {
    const hint = HINTS[status];
    return { ...described, verdict: { kind: "permanent" }, ...(hint ? { hint } : {}) };
  }
  return { ...described, verdict: { kind: "transient" } };
}
