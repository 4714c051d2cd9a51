import { inspect } from "node:util";
import { MIN_RETRY_DELAY_MS, ServiceError } from "@acme/integration-kit";
import { describe, expect, it, vi } from "vitest";
import { describeSlackFailure } from "../src/slack-failure.js";
import { bindSlack, TEST_TOKEN, useSlackStandIn } from "./use-slack-stand-in.js";

const standIn = useSlackStandIn();

/** Runs one task against the stand-in and returns its error and the kit's answer to Trigger.dev. */
async function failingPost(token = TEST_TOKEN) {
  const { slack, tasks } = bindSlack(standIn(), { token });
  const error = await slack.chat.update("edit", { channel: "C1", ts: "1.2", text: "x" }).catch((e: unknown) => e);
  expect(error, "the task failed").toBeInstanceOf(ServiceError);
  const leaked = inspect([error, tasks], { depth: 10 }).includes(token);
  expect(leaked, "the token appears in the error or the task record").toBe(false);
  return { error: error as ServiceError, answer: tasks[0]?.answer };
}

describe("Slack's errors, as the kit answers Trigger.dev", () => {
  it("retries an HTTP 429 at exactly Retry-After", async () => {
    standIn().failNext("*", { error: "ratelimited", retryAfter: 30 });
    const before = Date.now();
    const { error, answer } = await failingPost();
    expect(error.verdict.kind).toBe("rate-limited");
    expect(error.status).toBe(429);
    expect(error.code).toBe("RATE_LIMITED");
    const retryAt = (answer as { retryAt: Date }).retryAt.getTime();
    expect(retryAt).toBeGreaterThanOrEqual(before + 30_000);
    expect(retryAt).toBeLessThanOrEqual(Date.now() + 30_000);
    expect(error.message).toMatch(/Slack integration \(slack\): "Update Message" failed \(HTTP 429, ratelimited\)/);
    expect(standIn().requests).toHaveLength(1);
  });

  it("retries a ratelimited answer without Retry-After a minute later", async () => {
    standIn().failNext("*", { error: "ratelimited", status: 200 });
    const before = Date.now();
    const { answer } = await failingPost();
    expect((answer as { retryAt: Date }).retryAt.getTime()).toBeGreaterThanOrEqual(before + 60_000);
  });

  it("retries a 429 without a usable Retry-After a minute later", async () => {
    standIn().failNext("*", { error: "ratelimited", retryAfter: null });
    const before = Date.now();
    const { error, answer } = await failingPost();
    expect(error.verdict.kind).toBe("rate-limited");
    expect((answer as { retryAt: Date }).retryAt.getTime()).toBeGreaterThanOrEqual(before + 60_000);
  });

  it("does not retry an HTTP 404 and points at the baseUrl option", async () => {
    standIn().failNext("*", { status: 404 });
    const { error, answer } = await failingPost();
    expect(error.verdict.kind).toBe("permanent");
    expect(error.message).toMatch(/HTTP 404.*Check the `baseUrl` option/);
    expect(answer).toMatchObject({ skipRetrying: true });
  });

  it.each([
    ["invalid_auth", /check the `token` option/],
    ["not_authed", /pass the `token` option or connect Slack OAuth/],
    ["account_inactive", /reinstall the app/],
    ["token_revoked", /was revoked/],
    ["channel_not_found", /pass a channel ID/],
    ["is_archived", /unarchive/],
    ["some_error_slack_added_later", /documentation of the method/],
  ])("does not retry %s and says what to fix", async (code, hint) => {
    standIn().failNext("*", { error: code });
    const { error, answer } = await failingPost();
    expect(error.verdict.kind).toBe("permanent");
    expect(error.serviceCode).toBe(code);
    expect(error.message).toContain(`Slack integration (slack): "Update Message" failed (${code})`);
    expect(error.message).toMatch(hint);
    expect(answer).toMatchObject({ skipRetrying: true });
  });

  it("answers invalid_auth for a token the workspace does not accept", async () => {
    const { error } = await failingPost("bogus-token-1234");
    expect(error.serviceCode).toBe("invalid_auth");
  });

  it("names the needed scope, and the scopes the token has, for missing_scope", async () => {
    standIn().failNext("*", { error: "missing_scope", needed: "chat:write", provided: "channels:read,users:read" });
    const { error, answer } = await failingPost();
    expect(error.message).toContain("the token lacks the chat:write scope (it has: channels:read,users:read)");
    expect(error.message).toContain("Add the chat:write scope to the Slack app");
    expect(error.docsUrl).toBe("https://docs.slack.dev/reference/scopes/chat:write");
    expect(answer).toMatchObject({ skipRetrying: true });
  });

  it("names the argument Slack's description requires for invalid_arguments", async () => {
    const { slack, tasks } = bindSlack(standIn());
    const error = await slack.chat
      .getPermalink("link", { channel: "C1" } as unknown as { channel: string; message_ts: string })
      .catch((e: unknown) => e);
    expect((error as ServiceError).serviceCode).toBe("invalid_arguments");
    expect((error as Error).message).toContain("missing required field: message_ts");
    expect(tasks[0]?.answer).toMatchObject({ skipRetrying: true });
  });

  it.each([[500], [502], [503]])("retries HTTP %i with the default backoff", async (status) => {
    standIn().failNext("*", { status });
    const { error, answer } = await failingPost();
    expect(error.verdict.kind).toBe("transient");
    expect(error.status).toBe(status);
    expect(answer).toBeUndefined();
    // Slack's edge answers 5xx with an HTML page: its text is quoted, its markup is not.
    expect(error.message).toContain('an HTML page instead of JSON ("Slack is unavailable")');
    expect(error.message).not.toContain("<html>");
  });

  it("retries a zero Retry-After no sooner than the kit's floor", async () => {
    standIn().failNext("*", { error: "ratelimited", retryAfter: 0 });
    const before = Date.now();
    const { error, answer } = await failingPost();
    expect(error.verdict.kind).toBe("rate-limited");
    expect((answer as { retryAt: Date }).retryAt.getTime()).toBeGreaterThanOrEqual(before + MIN_RETRY_DELAY_MS);
  });

  it("prints nothing when Slack's answer carries response_metadata messages quoting the token", async () => {
    const printed: unknown[] = [];
    const spies = (["log", "info", "warn", "error", "debug"] as const).map((method) =>
      vi.spyOn(console, method).mockImplementation((...args: unknown[]) => printed.push(args)),
    );
    try {
      const { slack } = bindSlack(standIn());
      await slack.chat
        .getPermalink("link", { channel: "C1" } as unknown as { channel: string; message_ts: string })
        .catch(() => undefined);
    } finally {
      for (const spy of spies) spy.mockRestore();
    }
    expect(printed).toEqual([]);
  });

  it("retries Slack's own internal_error with the default backoff", async () => {
    standIn().failNext("*", { error: "internal_error" });
    const { error, answer } = await failingPost();
    expect(error.verdict.kind).toBe("transient");
    expect(answer).toBeUndefined();
  });

  it("retries a dropped connection with the default backoff", async () => {
    standIn().failNext("*", { disconnect: true });
    const { error, answer } = await failingPost();
    expect(error.verdict.kind).toBe("transient");
    expect(error.message).toMatch(/no answer came from 127\.0\.0\.1:\d+: the connection closed before an answer came/);
    expect(answer).toBeUndefined();
  });

  it("leaves errors that did not come from the WebClient to the kit", () => {
    expect(describeSlackFailure(new TypeError("boom"))).toBeUndefined();
    expect(describeSlackFailure("nope")).toBeUndefined();
  });
});
