import { inspect } from "node:util";
import { type FailureAnswer, ServiceError } from "@acme/integration-kit";
import { createTestIO, type RecordedResponse, useRecordingServer } from "@acme/integration-kit/testing";
import { describe, expect, it } from "vitest";
import { Github } from "../src/index.js";

const server = useRecordingServer();
const TOKEN = "ghp_failure_canary_0123456789";

/** Runs issues.get against a server answering `response`; returns the error and Trigger.dev's answer. */
async function failWith(response: RecordedResponse) {
  server().respondWith(() => response);
  const { io, tasks } = createTestIO();
  const github = new Github({ id: "gh-errors", token: TOKEN, baseUrl: server().url }).cloneForRun(io, "gh");
  const error = await github.issues
    .get("get-issue", { owner: "acme", repo: "app", issueNumber: 7 })
    .catch((e: unknown) => e as Error);
  expect(error, "the task failed").toBeInstanceOf(Error);
  expect(server().requests, "Octokit made exactly one attempt").toHaveLength(1);
  expect(inspect(error, { depth: 8 })).not.toContain(TOKEN);
  return { error: error as ServiceError, answer: tasks[0]?.answer as FailureAnswer };
}

const reset = Math.floor(Date.now() / 1000) + 1800;

describe("GitHub's error policy", () => {
  it.each([403, 429])(
    "primary rate limit (%i, x-ratelimit-remaining 0): retry at x-ratelimit-reset",
    async (status) => {
      const { error, answer } = await failWith({
        status,
        headers: { "x-ratelimit-limit": "5000", "x-ratelimit-remaining": "0", "x-ratelimit-reset": String(reset) },
        body: {
          message: "API rate limit exceeded for user ID 1.",
          documentation_url: "https://docs.github.com/rest/overview/rate-limits-for-the-rest-api",
        },
      });
      expect(answer?.retryAt).toEqual(new Date(reset * 1000));
      expect(answer?.skipRetrying).toBeUndefined();
      expect(error).toBeInstanceOf(ServiceError);
      expect(error.code).toBe("RATE_LIMITED");
      expect(error.message).toContain("API rate limit exceeded");
      expect(error.message).toContain(new Date(reset * 1000).toISOString());
    },
  );

  it("secondary rate limit: retry after retry-after seconds, not at the hourly reset", async () => {
    const before = Date.now();
    const { answer, error } = await failWith({
      status: 403,
      headers: { "retry-after": "90", "x-ratelimit-remaining": "4000", "x-ratelimit-reset": String(reset) },
      body: { message: "You have exceeded a secondary rate limit. Please wait a few minutes before you try again." },
    });
    const retryAt = Number(answer?.retryAt);
    expect(retryAt).toBeGreaterThanOrEqual(before + 90_000);
    expect(retryAt).toBeLessThanOrEqual(Date.now() + 90_000);
    expect(error.serviceCode).toBe("secondary_rate_limit");
  });

  it.each([
    ["a later reset", 20, reset],
    ["an earlier reset", 60, Math.floor(Date.now() / 1000) + 5],
  ])("retry-after comes before x-ratelimit-reset, as GitHub documents (%s)", async (_, seconds, resetAt) => {
    const before = Date.now();
    const { answer, error } = await failWith({
      status: 403,
      headers: { "retry-after": String(seconds), "x-ratelimit-remaining": "0", "x-ratelimit-reset": String(resetAt) },
      body: { message: "API rate limit exceeded for user ID 1." },
    });
    expect(Number(answer?.retryAt)).toBeGreaterThanOrEqual(before + seconds * 1000);
    expect(Number(answer?.retryAt)).toBeLessThanOrEqual(Date.now() + seconds * 1000);
    expect(error.serviceCode).toBe("primary_rate_limit");
    expect(error.message).toContain(new Date(resetAt * 1000).toISOString());
  });

  it("secondary rate limit without retry-after: waits a minute, as GitHub asks", async () => {
    const before = Date.now();
    const { answer } = await failWith({
      status: 403,
      body: { message: "You have exceeded a secondary rate limit and have been temporarily blocked." },
    });
    expect(Number(answer?.retryAt)).toBeGreaterThanOrEqual(before + 60_000);
  });

  it.each([500, 502, 503])("%i: default backoff (no retryAt, no skipRetrying)", async (status) => {
    const { answer, error } = await failWith({ status, body: { message: "Server Error" } });
    expect(answer).toBeUndefined();
    expect(error.isRetryable).toBe(true);
  });

  it("network failure (connection refused): default backoff, and no HTTP status that never came", async () => {
    const { io, tasks } = createTestIO();
    const github = new Github({ id: "gh-down", token: TOKEN, baseUrl: "http://127.0.0.1:9" }).cloneForRun(io, "gh");
    const error = await github.users.getAuthenticated("me").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ServiceError);
    expect((error as ServiceError).isRetryable).toBe(true);
    expect((error as ServiceError).status).toBeUndefined();
    expect((error as Error).message).toMatch(
      /failed: no answer came from 127\.0\.0\.1:9: .*Check the `baseUrl` option/,
    );
    expect((error as Error).message).not.toContain("HTTP 500");
    expect(tasks[0]?.answer as FailureAnswer).toBeUndefined();
  });

  it("GitHub's HTML outage page: retried, summarised by its title, never pasted whole", async () => {
    const page = `<!DOCTYPE html><html><head><title>Unicorn! &middot; GitHub</title><style>x{}</style></head><body>${"<p>filler</p>".repeat(500)}</body></html>`;
    const { error, answer } = await failWith({ status: 503, headers: { "content-type": "text/html" }, body: page });
    expect(answer).toBeUndefined();
    expect(error.message).toContain('an HTML page instead of JSON ("Unicorn! · GitHub")');
    expect(error.message).not.toContain("filler");
    expect(error.message.length).toBeLessThan(400);
  });

  it("a captive portal's 200 page fails retryably instead of becoming the task's output", async () => {
    const page = "<html><head><title>Sign in to the Wi-Fi</title></head><body>Room</body></html>";
    const { error, answer } = await failWith({ status: 200, headers: { "content-type": "text/html" }, body: page });
    expect(answer).toBeUndefined();
    expect(error.isRetryable).toBe(true);
    expect(error.message).toContain("HTTP 200");
    expect(error.message).toContain("Sign in to the Wi-Fi");
  });

  it("leaves routes that answer plain text by design alone (GET /zen)", async () => {
    server().respondWith(() => ({ headers: { "content-type": "text/plain" }, body: "Design for failure." }));
    const { io } = createTestIO();
    const github = new Github({ id: "gh-zen", token: TOKEN, baseUrl: server().url }).cloneForRun(io, "gh");
    const zen = await github.runTask("zen", async (octokit) => (await octokit.request("GET /zen")).data);
    expect(zen).toBe("Design for failure.");
  });

  const permanent: [number, string, RegExp][] = [
    [400, "Problems parsing JSON", /check the task's params/],
    [401, "Bad credentials", /GITHUB_TOKEN/],
    [403, "Resource not accessible by integration", /permission or scope/],
    [404, "Not Found", /exists and that the token can see it/],
    [410, "Issues are disabled for this repo", /gone/],
    [422, "Validation Failed", /fix the fields/],
  ];
  it.each(permanent)("%i: not retried, keeps GitHub's message, docs URL and a hint", async (status, message, hint) => {
    const docs = `https://docs.github.com/rest/issues/issues#get-an-issue-${status}`;
    const { error, answer } = await failWith({ status, body: { message, documentation_url: docs } });
    expect(answer).toMatchObject({ skipRetrying: true });
    expect(answer?.retryAt).toBeUndefined();
    expect(error).toBeInstanceOf(ServiceError);
    expect(error.status).toBe(status);
    expect(error.docsUrl).toBe(docs);
    expect(error.message).toContain(`GitHub integration (gh-errors): "Get Issue" failed (HTTP ${status}`);
    expect(error.message).toContain(message);
    expect(error.message).toMatch(hint);
    expect(error.message).toContain(docs);
  });

  it("422: names the fields GitHub lists in errors", async () => {
    const { error } = await failWith({
      status: 422,
      body: {
        message: "Validation Failed",
        errors: [{ resource: "Issue", field: "title", code: "missing_field" }, { message: "labels must be strings" }],
      },
    });
    expect(error.message).toContain("Validation Failed (Issue title missing_field; labels must be strings)");
  });

  it("never shows the token, even when GitHub echoes it", async () => {
    const { error } = await failWith({ status: 401, body: { message: `Bad credentials: ${TOKEN}` } });
    expect(error.message).toContain("Bad credentials");
    expect(error.message).not.toContain(TOKEN);
  });
});
