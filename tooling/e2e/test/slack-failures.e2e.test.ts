import { inspect } from "node:util";
import { type SlackStandIn, startSlackStandIn } from "@acme/slack-standin";
import { type RunHarness, startRunHarness } from "@acme/testing";
import type { TriggerClient } from "@trigger.dev/sdk";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { announcement, defineSlackJobs, SLACK_LOCAL_TOKEN } from "./slack-jobs.js";
import { triggerSdks } from "./trigger-sdks.js";

describe.each(triggerSdks)("Slack failures in a job run by $alias $version", (sdk) => {
  let slack: SlackStandIn;
  let harness: RunHarness;
  let client: TriggerClient;

  beforeAll(async () => {
    slack = await startSlackStandIn();
    harness = await startRunHarness({ log: (line) => console.error(line) });
    client = new sdk.TriggerClient({ id: "e2e-slack", ...harness.clientOptions });
    defineSlackJobs(client, sdk, slack.apiUrl);
  });
  beforeEach(() => slack.reset());
  afterAll(async () => {
    await harness.close();
    await slack.close();
  });

  it("rate limited (429, Retry-After: 120): retried 120 s later, then succeeds", async () => {
    slack.failNext("chat.postMessage", { error: "ratelimited", retryAfter: 120 });
    const before = Date.now();
    const result = await harness.runJob(client, "announce-local", announcement);
    expect(Date.now() - before).toBeLessThan(10_000);
    expect(result.status).toBe("SUCCESS");
    expect(result.responses.map((response) => response.status)).toEqual(["RETRY_WITH_TASK", "SUCCESS"]);
    const retryAt = new Date(result.responses[0]?.retryAt as Date).getTime();
    expect(retryAt).toBeGreaterThanOrEqual(before + 120_000);
    expect(retryAt).toBeLessThan(Date.now() + 121_000);
    const [task] = result.tasks;
    expect(task?.attempts.map((attempt) => attempt.status)).toEqual(["RETRYING", "COMPLETED"]);
    expect(task?.attempts[0]?.error?.message).toMatch(/Slack integration \(slack\).*"Post Message".*ratelimited/);
    expect(slack.requests.map((r) => r.outcome)).toEqual([429, "ok"]);
  });

  it("a permanent error (channel_not_found) fails the task and the run without retries", async () => {
    slack.failNext("chat.postMessage", { error: "channel_not_found" });
    const result = await harness.runJob(client, "announce-local", announcement);
    expect(result.status).toBe("ERROR");
    expect(result.executions).toBe(1);
    expect(result.error?.message).toMatch(/Slack integration \(slack\).*"Post Message".*channel_not_found/);
    expect(result.tasks[0]?.attempts.map((attempt) => attempt.status)).toEqual(["ERRORED"]);
    expect(slack.requests).toHaveLength(1);
    expect(inspect(result, { depth: 12 })).not.toContain(SLACK_LOCAL_TOKEN);
  });
});
