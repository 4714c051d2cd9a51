import { inspect } from "node:util";
import { catchServiceError, chainCatchError, SlackClient } from "@acme/slack/client";
import { startSlackStandIn } from "@acme/slack-standin";
import { task, tasks } from "@trigger.dev/sdk";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { type RunResult, startV4Runtime } from "./support/v4-runtime.js";

/** A canary: it must appear in no result, error or telemetry. */
const SLACK_TOKEN = "xoxb-v4-e2e-canary-7310";
const standIn = await startSlackStandIn();
afterAll(() => standIn.close());
beforeEach(() => standIn.reset());

const slack = new SlackClient({ token: SLACK_TOKEN, baseUrl: standIn.apiUrl });

/** The task's own policy: 1 s, then 2 s, 4 s..., without jitter so the test can name the delay. */
const retry = { maxAttempts: 4, factor: 2, minTimeoutInMs: 1_000, maxTimeoutInMs: 10_000, randomize: false };

/** A failure of the user's own, which their hook decides about. */
class ConfigError extends Error {
  override name = "ConfigError";
}

const runtime = await startV4Runtime();
afterAll(() => runtime.close());

// As a project's trigger/init.ts would: one hook for every task.
runtime.define("trigger/init.ts", () => tasks.catchError(catchServiceError));

runtime.define("trigger/slack.ts", () => ({
  notify: task({
    id: "slack-notify",
    retry,
    run: async (payload: { channel: string; text: string }, { ctx }) => {
      const posted = await slack.chat.postMessage(payload, {
        idempotencyKey: `${ctx.run.id}-notify`,
        attempt: ctx.attempt.number,
      });
      return { ts: posted.ts };
    },
  }),
  channelInfo: task({
    id: "slack-channel-info",
    retry,
    run: async (payload: { channel: string }) => (await slack.conversations.info(payload)).channel?.id,
  }),
  configured: task({
    id: "slack-configured",
    retry,
    // The task's own hook first, the kit's for what it leaves.
    catchError: chainCatchError(
      ({ error }) => (error instanceof ConfigError ? { skipRetrying: true } : undefined),
      catchServiceError,
    ),
    run: async (payload: { channel?: string }) => {
      if (!payload.channel) throw new ConfigError("SLACK_CHANNEL is not set");
      return (await slack.users.info({ user: "U0123" })).user?.id;
    },
  }),
  unconfigured: task({
    id: "slack-unconfigured",
    retry,
    run: async () => {
      throw new ConfigError("SLACK_CHANNEL is not set");
    },
  }),
}));

const results: RunResult[] = [];
const run = async (id: string, payload: unknown) => {
  const result = await runtime.run(id, payload);
  results.push(result);
  return result;
};

describe("SlackClient in a Trigger.dev v4 task, with catchServiceError as the global hook", () => {
  it("a 429 is retried at Retry-After, then the message is posted once", async () => {
    standIn.failNext("chat.postMessage", { error: "ratelimited", retryAfter: 30 });
    const started = Date.now();
    const { attempts } = await run("slack-notify", { channel: "C0DEPLOYS", text: "v1.2.0 is out" });
    const timestamp = attempts[0]?.retry?.timestamp ?? 0;
    expect(timestamp).toBeGreaterThanOrEqual(started + 30_000);
    expect(timestamp).toBeLessThanOrEqual((attempts[0]?.endedAt ?? 0) + 30_000);
    expect(attempts.map((attempt) => attempt.ok)).toEqual([false, true]);
    expect(standIn.messages("C0DEPLOYS").map((message) => message.text)).toEqual(["v1.2.0 is out"]);
  });

  it("channel_not_found skips retrying", async () => {
    standIn.failNext("conversations.info", { error: "channel_not_found" });
    const { attempts, last } = await run("slack-channel-info", { channel: "C0GONE" });
    expect(attempts).toHaveLength(1);
    expect(last).toMatchObject({ ok: false, skippedRetrying: true });
    expect(last.error?.message).toMatch(/^Slack integration \(slack\): "Get Channel" failed.*channel_not_found/);
  });

  it("a 502 gets the task's own backoff", async () => {
    standIn.failNext("conversations.info", { status: 502 });
    const { attempts } = await run("slack-channel-info", { channel: "C0DEPLOYS" });
    expect(attempts[0]?.retry?.delay).toBe(1_000);
    expect(attempts.map((attempt) => attempt.ok)).toEqual([false, true]);
  });

  it("a message whose answer was lost is posted once after the run's retry, through the idempotency key", async () => {
    standIn.failNext("chat.postMessage", { loseResponse: true });
    const { attempts } = await run("slack-notify", { channel: "C0LOST", text: "Deployed" });
    expect(attempts.map((attempt) => attempt.ok)).toEqual([false, true]);
    expect(attempts[0]?.retry?.delay).toBe(1_000);
    const messages = standIn.messages("C0LOST");
    expect(messages).toHaveLength(1);
    expect(attempts[1]?.output).toEqual({ ts: messages[0]?.ts });
  });

  it("chainCatchError asks the task's own hook first, then the kit's", async () => {
    const own = await run("slack-configured", {});
    expect(own.attempts).toHaveLength(1);
    expect(own.last).toMatchObject({ skippedRetrying: true, error: { name: "ConfigError" } });
    // Without the task's hook, the global one has no opinion on it: the task's backoff applies.
    const unhooked = await run("slack-unconfigured", {});
    expect(unhooked.attempts[0]?.retry?.delay).toBe(1_000);

    standIn.failNext("users.info", { error: "ratelimited", retryAfter: 60 });
    const limited = await run("slack-configured", { channel: "C0DEPLOYS" });
    expect((limited.attempts[0]?.retry?.timestamp ?? 0) - (limited.attempts[0]?.endedAt ?? 0)).toBeGreaterThan(58_000);
  });

  it("the token appears in no result, error or telemetry of those runs", async () => {
    const telemetry = await runtime.telemetry();
    expect(telemetry).toContain("Slack client (slack)");
    expect(results.length).toBeGreaterThanOrEqual(5);
    expect(inspect(results, { depth: 12 })).not.toContain(SLACK_TOKEN);
    expect(telemetry).not.toContain(SLACK_TOKEN);
  });
});
