import { Slack } from "@acme/slack";
import type { SlackStandIn } from "@acme/slack-standin";
import { describe, expect, it } from "vitest";
import { defineAnnounceJob } from "./support/announce-job.js";
import { useSlackRun } from "./support/use-slack-run.js";
import { triggerSdks } from "./trigger-sdks.js";

/** The marker a stand-in request's message metadata carried. */
const markerOf = (request: SlackStandIn["requests"][number] | undefined) =>
  (JSON.parse(request?.params.metadata ?? "{}") as { event_payload?: { idempotency_key?: string } }).event_payload
    ?.idempotency_key;

describe.each(triggerSdks)("Slack side effects retried in a job run by $alias $version", (sdk) => {
  const e2e = useSlackRun(sdk, {
    clientId: "e2e-slack-retries",
    define: (client, apiUrl) =>
      defineAnnounceJob(client, sdk, {
        slack: new Slack({ id: "slack", token: "xoxb-e2e-retries-0004", baseUrl: apiUrl }),
        post: (io, payload: { channel: string }, text) =>
          io.slack.chat.postMessage("announce", { channel: payload.channel, text }),
      }),
  });

  it("a post that may have reached Slack (503) is retried only after reading the channel for it", async () => {
    e2e.slack.failNext("chat.postMessage", { status: 503 });
    const result = await e2e.harness.runJob(e2e.client, "announce", { channel: "C0RELEASES" });

    expect(result.status).toBe("SUCCESS");
    expect(e2e.slack.requests.map((r) => `${r.method}:${r.outcome}`)).toEqual([
      "chat.postMessage:503",
      "conversations.history:ok",
      "chat.postMessage:ok",
    ]);
    expect(e2e.slack.requests[1]?.params).toMatchObject({ channel: "C0RELEASES", include_all_metadata: "true" });
    const [task] = result.tasks;
    expect(task?.attempts.map((attempt) => attempt.status)).toEqual(["RETRYING", "COMPLETED"]);
    // Both tries carry the task's own idempotency key, stable across the retry.
    expect(markerOf(e2e.slack.requests[0])).toBe(task?.idempotencyKey);
    expect(markerOf(e2e.slack.requests[2])).toBe(task?.idempotencyKey);
  });

  it("after joining on not_in_channel, a retry of the post neither joins nor posts twice", async () => {
    e2e.slack.failNext("chat.postMessage", { error: "not_in_channel" });
    e2e.slack.failNext("chat.postMessage", { status: 503 });
    const result = await e2e.harness.runJob(e2e.client, "announce", { channel: "C0RELEASES" });

    expect(result.status).toBe("SUCCESS");
    expect(e2e.slack.requests.map((r) => `${r.method}:${r.outcome}`)).toEqual([
      "chat.postMessage:not_in_channel",
      "conversations.join:ok",
      "chat.postMessage:503",
      "conversations.history:ok",
      "chat.postMessage:ok",
    ]);
    const post = result.tasks.find((task) => task.key === "announce");
    expect(post?.attempts.map((attempt) => attempt.status)).toEqual(["RETRYING", "COMPLETED"]);
    const children = result.tasks.filter((task) => task.parentId === post?.id);
    expect(children.map((task) => [task.name, task.status, task.attempts.length])).toEqual([
      ["Join Channel", "COMPLETED", 1],
    ]);
  });
});
