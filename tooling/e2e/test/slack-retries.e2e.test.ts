import { Slack } from "@acme/slack";
import { type SlackStandIn, startSlackStandIn } from "@acme/slack-standin";
import { type RunHarness, startRunHarness } from "@acme/testing";
import type { TriggerClient } from "@trigger.dev/sdk";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { triggerSdks } from "./trigger-sdks.js";

/** The marker a stand-in request's message metadata carried. */
const markerOf = (request: SlackStandIn["requests"][number] | undefined) =>
  (JSON.parse(request?.params.metadata ?? "{}") as { event_payload?: { idempotency_key?: string } }).event_payload
    ?.idempotency_key;

describe.each(triggerSdks)("Slack side effects retried in a job run by $alias $version", (sdk) => {
  let slack: SlackStandIn;
  let harness: RunHarness;
  let client: TriggerClient;

  beforeAll(async () => {
    slack = await startSlackStandIn();
    harness = await startRunHarness({ log: (line) => console.error(line) });
    client = new sdk.TriggerClient({ id: "e2e-slack-retries", ...harness.clientOptions });
    client.defineJob({
      id: "announce",
      name: "Announce",
      version: "1.0.0",
      trigger: sdk.eventTrigger({ name: "release.published" }),
      integrations: { slack: new Slack({ id: "slack", token: "xoxb-e2e-retries-0004", baseUrl: slack.apiUrl }) },
      run: async (payload: { channel: string }, io) => {
        const posted = await io.slack.chat.postMessage("announce", { channel: payload.channel, text: "v1.2.0 is out" });
        return { ts: posted.ts ?? null };
      },
    });
  });
  beforeEach(() => slack.reset());
  afterAll(async () => {
    await harness.close();
    await slack.close();
  });

  it("a post that may have reached Slack (503) is retried only after reading the channel for it", async () => {
    slack.failNext("chat.postMessage", { status: 503 });
    const result = await harness.runJob(client, "announce", { channel: "C0RELEASES" });

    expect(result.status).toBe("SUCCESS");
    expect(slack.requests.map((r) => `${r.method}:${r.outcome}`)).toEqual([
      "chat.postMessage:503",
      "conversations.history:ok",
      "chat.postMessage:ok",
    ]);
    expect(slack.requests[1]?.params).toMatchObject({ channel: "C0RELEASES", include_all_metadata: "true" });
    const [task] = result.tasks;
    expect(task?.attempts.map((attempt) => attempt.status)).toEqual(["RETRYING", "COMPLETED"]);
    // Both tries carry the task's own idempotency key, stable across the retry.
    expect(markerOf(slack.requests[0])).toBe(task?.idempotencyKey);
    expect(markerOf(slack.requests[2])).toBe(task?.idempotencyKey);
  });

  it("after joining on not_in_channel, a retry of the post neither joins nor posts twice", async () => {
    slack.failNext("chat.postMessage", { error: "not_in_channel" });
    slack.failNext("chat.postMessage", { status: 503 });
    const result = await harness.runJob(client, "announce", { channel: "C0RELEASES" });

    expect(result.status).toBe("SUCCESS");
    expect(slack.requests.map((r) => `${r.method}:${r.outcome}`)).toEqual([
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
