import { inspect } from "node:util";
import { describe, expect, it } from "vitest";
import { announcement, SLACK_LOCAL_TOKEN, useSlackJobRun } from "./slack-jobs.js";
import { triggerSdks } from "./trigger-sdks.js";

describe.each(triggerSdks)("Slack failures in a job run by $alias $version", (sdk) => {
  const run = useSlackJobRun(sdk);

  it("rate limited (429, Retry-After: 120): retried 120 s later, then succeeds", async () => {
    run.slack.failNext("chat.postMessage", { error: "ratelimited", retryAfter: 120 });
    const before = Date.now();
    const result = await run.harness.runJob(run.client, "announce-local", announcement);
    expect(Date.now() - before).toBeLessThan(10_000);
    expect(result.status).toBe("SUCCESS");
    expect(result.responses.map((response) => response.status)).toEqual(["RETRY_WITH_TASK", "SUCCESS"]);
    const retryAt = new Date(result.responses[0]?.retryAt as Date).getTime();
    expect(retryAt).toBeGreaterThanOrEqual(before + 120_000);
    expect(retryAt).toBeLessThan(Date.now() + 121_000);
    const [task] = result.tasks;
    expect(task?.attempts.map((attempt) => attempt.status)).toEqual(["RETRYING", "COMPLETED"]);
    expect(task?.attempts[0]?.error?.message).toMatch(/Slack integration \(slack\).*"Post Message".*ratelimited/);
    expect(run.slack.requests.map((r) => r.outcome)).toEqual([429, "ok"]);
  });

  it("a permanent error (channel_not_found) fails the task and the run without retries", async () => {
    run.slack.failNext("chat.postMessage", { error: "channel_not_found" });
    const result = await run.harness.runJob(run.client, "announce-local", announcement);
    expect(result.status).toBe("ERROR");
    expect(result.executions).toBe(1);
    expect(result.error?.message).toMatch(/Slack integration \(slack\).*"Post Message".*channel_not_found/);
    expect(result.tasks[0]?.attempts.map((attempt) => attempt.status)).toEqual(["ERRORED"]);
    expect(run.slack.requests).toHaveLength(1);
    expect(inspect(result, { depth: 12 })).not.toContain(SLACK_LOCAL_TOKEN);
  });
});
