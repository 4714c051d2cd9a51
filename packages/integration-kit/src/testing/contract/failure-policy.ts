import { IntegrationError, type IntegrationOptions } from "@acme/integration-kit";
import { describe, expect, it } from "vitest";
import type { RecordedResponse } from "../recording-server.js";
import type { ContractContext } from "./subject.js";

/** Rate limits, permanent errors, server errors, silent services and bodies that are not JSON. */
export function describeFailurePolicy<TClient, TOptions extends IntegrationOptions>(
  context: ContractContext<TClient, TOptions>,
): void {
  const { subject, name, make, bind, server } = context;

  /** Runs the integration's own task against `response` and returns the error and Trigger.dev's answer. */
  const failWith = async (response: () => RecordedResponse, extra: { timeoutMs?: number } = {}) => {
    server().respondWith(response);
    const { bound, tasks } = bind(make({ id: "failing", token: "tok-failure-1", ...extra }));
    const started = Date.now();
    const error = await subject.task(bound, "failing").then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error, "the task failed").toBeInstanceOf(IntegrationError);
    const message = (error as Error).message;
    expect(message).toContain(`${name} integration (failing)`);
    return {
      error: error as IntegrationError & { isRetryable?: boolean },
      message,
      answer: tasks[0]?.answer,
      ms: Date.now() - started,
    };
  };

  describe("failure policy", () => {
    it("answers a rate limit with retryAt from the service's headers, without waiting in the task", async () => {
      const { error, answer, ms } = await failWith(subject.rateLimited);
      expect(error.code).toBe("RATE_LIMITED");
      const retryAt = (answer as { retryAt?: Date } | undefined)?.retryAt;
      expect(retryAt).toBeInstanceOf(Date);
      const inSeconds = ((retryAt as Date).getTime() - Date.now()) / 1000;
      expect(inSeconds).toBeGreaterThan(20);
      expect(inSeconds).toBeLessThan(40);
      expect(ms).toBeLessThan(5_000);
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

    it.each([
      ["an HTML error page (HTTP 502)", 502, "text/html"],
      ["a truncated JSON body (HTTP 200)", 200, "application/json"],
    ])("fails with a readable error naming the status when the service answers %s", async (_, status, type) => {
      const { message } = await failWith(() => ({
        status,
        headers: { "content-type": type },
        body: type === "text/html" ? "<html><body>Bad gateway</body></html>" : '{"ok": tr',
      }));
      expect(message).toContain(String(status));
      expect(message).not.toMatch(/Unexpected token|JSON\.parse|at .*\(/);
    });
  });
}
