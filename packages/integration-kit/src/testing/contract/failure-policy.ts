import {
  IntegrationError,
  type IntegrationOptions,
  MAX_RATE_LIMITED_ATTEMPTS,
  MIN_RETRY_DELAY_MS,
} from "@acme/integration-kit";
import { describe, expect, it } from "vitest";
import { type RecordedResponse, startRecordingServer } from "../recording-server.js";
import type { ContractContext } from "./subject.js";

/** A stack frame or a parser's words: what a readable message never shows. */
const INTERNALS = /Unexpected token|JSON\.parse|\n\s+at /;

/** A service's HTML error page, long enough that pasting it whole would be obvious. */
const ERROR_PAGE = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Unicorn! &middot; Service down</title>
<style>body{font-family:sans-serif}</style></head><body><h1>We had a problem serving your request</h1>
${"<p>Lorem ipsum dolor sit amet, page filler.</p>\n".repeat(200)}</body></html>`;

/** A captive portal's or proxy's login page, answered with 200 to every request. */
const PORTAL_PAGE = "<html><head><title>Hotel Wi-Fi login</title></head><body><form>Room number</form></body></html>";

/** Rate limits, permanent errors, server errors, silent services and bodies that are not JSON. */
export function describeFailurePolicy<TClient, TOptions extends IntegrationOptions>(
  context: ContractContext<TClient, TOptions>,
): void {
  const { subject, name, make, makeAt, bind, server } = context;

  /** Runs the integration's own task and returns the error and Trigger.dev's answer. */
  const failWith = async (
    response: (() => RecordedResponse) | undefined,
    extra: { timeoutMs?: number; attempt?: number; url?: string } = {},
  ) => {
    if (response) server().respondWith(response);
    const options = {
      id: "failing",
      token: "tok-failure-1",
      ...(extra.timeoutMs ? { timeoutMs: extra.timeoutMs } : {}),
    };
    const integration = extra.url ? makeAt(extra.url, options) : make(options);
    const { bound, tasks } = bind(integration, undefined, extra.attempt);
    const started = Date.now();
    const error = await subject.task(bound, "failing").then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error, "the task failed").toBeInstanceOf(IntegrationError);
    const message = (error as Error).message;
    expect(message).toContain(`${name} integration (failing)`);
    expect(message, "no message ends in '..'").not.toMatch(/\.\.(\s|$)/);
    return {
      error: error as IntegrationError & { isRetryable?: boolean; verdict?: { kind: string } },
      message,
      answer: tasks[0]?.answer as { retryAt?: Date; skipRetrying?: boolean } | undefined,
      ms: Date.now() - started,
    };
  };

  /** Seconds from now until the answer's retryAt. */
  const secondsUntil = (answer: { retryAt?: Date } | undefined) => {
    const retryAt = answer?.retryAt;
    expect(retryAt, "answered with retryAt").toBeInstanceOf(Date);
    return ((retryAt?.getTime() ?? 0) - Date.now()) / 1000;
  };

  /** A 429 carrying the headers given, with a body each kind of service can read. */
  const tooMany = (headers: Record<string, string>) => () => ({
    status: 429,
    headers,
    body: { ok: false, error: "ratelimited", message: "Too many requests" },
  });
  const epochIn = (seconds: number) => String(Math.floor(Date.now() / 1000) + seconds);

  describe("failure policy", () => {
    it("answers a rate limit with retryAt from the service's headers, without waiting in the task", async () => {
      const { error, answer, ms } = await failWith(subject.rateLimited);
      expect(error.code).toBe("RATE_LIMITED");
      const inSeconds = secondsUntil(answer);
      expect(inSeconds).toBeGreaterThan(20);
      expect(inSeconds).toBeLessThan(40);
      expect(ms).toBeLessThan(5_000);
    });

    it.each([
      ["a later reset", 20, 3_000],
      ["an earlier reset", 60, 5],
    ])("reads Retry-After before rate-limit reset headers (Retry-After %s)", async (_, retryAfter, resetIn) => {
      const { answer } = await failWith(
        tooMany({
          "retry-after": String(retryAfter),
          "x-ratelimit-remaining": "0",
          "x-ratelimit-reset": epochIn(resetIn),
        }),
      );
      const inSeconds = secondsUntil(answer);
      expect(inSeconds).toBeGreaterThan(retryAfter - 5);
      expect(inSeconds).toBeLessThan(retryAfter + 5);
    });

    it(`retries a "Retry-After: 0" no sooner than ${MIN_RETRY_DELAY_MS} ms later`, async () => {
      const before = Date.now();
      const { error, answer, message } = await failWith(tooMany({ "retry-after": "0" }));
      expect(error.code).toBe("RATE_LIMITED");
      const retryAt = answer?.retryAt;
      expect(retryAt?.getTime()).toBeGreaterThanOrEqual(before + MIN_RETRY_DELAY_MS);
      expect(message).toContain(retryAt?.toISOString());
    });

    it(`stops retrying a service that is still rate limiting at attempt ${MAX_RATE_LIMITED_ATTEMPTS}`, async () => {
      const before = await failWith(tooMany({ "retry-after": "0" }), { attempt: MAX_RATE_LIMITED_ATTEMPTS - 1 });
      expect(before.answer?.retryAt).toBeInstanceOf(Date);
      const last = await failWith(tooMany({ "retry-after": "0" }), { attempt: MAX_RATE_LIMITED_ATTEMPTS });
      expect(last.answer).toMatchObject({ skipRetrying: true });
      expect(last.answer?.retryAt).toBeUndefined();
    });

    it("fails a permanent error at once with skipRetrying", async () => {
      const { error, answer } = await failWith(subject.permanent);
      expect(error).toMatchObject({ code: "SERVICE_ERROR", isRetryable: false });
      expect(answer).toMatchObject({ skipRetrying: true });
    });

    it("leaves a server error (HTTP 503) to the default backoff", async () => {
      const { error, answer, message } = await failWith(() => ({
        status: 503,
        body: { ok: false, error: "service_unavailable", message: "Service Unavailable" },
      }));
      expect(error.isRetryable).toBe(true);
      expect(message).toContain("503");
      expect(answer).toBeUndefined();
    });

    it("fails with a retryable timeout error when the service accepts the request and never answers", async () => {
      const { error, answer, message, ms } = await failWith(() => ({ hang: true }), { timeoutMs: 300 });
      expect(error.isRetryable).toBe(true);
      expect(message).toMatch(/300 ms/);
      expect(answer).toBeUndefined();
      expect(ms).toBeLessThan(3_000);
    });

    it("says that no answer came, naming the host and the baseUrl option, when the connection is refused", async () => {
      const closed = await startRecordingServer();
      await closed.close();
      const { host } = new URL(closed.url);
      const { error, answer, message } = await failWith(undefined, { url: closed.url });
      expect(error.isRetryable).toBe(true);
      expect(answer).toBeUndefined();
      expect(message).toContain(`no answer came from ${host}`);
      expect(message).toContain("`baseUrl`");
      expect(message).not.toMatch(/HTTP \d{3}/);
    });

    it.each([
      ["an HTML error page (HTTP 502)", 502, "text/html", ERROR_PAGE, "Unicorn! · Service down"],
      ["a captive portal's page (HTTP 200)", 200, "text/html", PORTAL_PAGE, "Hotel Wi-Fi login"],
      ["a proxy's page (HTTP 404)", 404, "text/html; charset=utf-8", PORTAL_PAGE, "Hotel Wi-Fi login"],
      ["a truncated JSON body (HTTP 200)", 200, "application/json", '{"ok": tr', undefined],
    ])("fails retryably, naming the status, when the service answers %s", async (_, status, type, body, title) => {
      const { error, message, answer } = await failWith(() => ({ status, headers: { "content-type": type }, body }));
      expect(error.isRetryable, "retried: the answer did not come from the API").toBe(true);
      expect(answer).toBeUndefined();
      expect(message).toContain(String(status));
      expect(message).not.toMatch(INTERNALS);
      if (title) expect(message).toContain(title);
      expect(message, "the page is summarised, not pasted").not.toMatch(/<[a-z]|Lorem ipsum|Room number/i);
      expect(message.length).toBeLessThan(600);
    });
  });
}
