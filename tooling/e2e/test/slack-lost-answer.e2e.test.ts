import { Slack } from "@acme/slack";
import { type SlackStandIn, startSlackStandIn } from "@acme/slack-standin";
import { type RunHarness, startRunHarness } from "@acme/testing";
import type { TriggerClient } from "@trigger.dev/sdk";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { triggerSdks } from "./trigger-sdks.js";

describe.each(triggerSdks)("A Slack message whose answer was lost, in a job run by $alias $version", (sdk) => {
  let slack: SlackStandIn;
  let harness: RunHarness;
  let client: TriggerClient;

  beforeAll(async () => {
    slack = await startSlackStandIn();
    harness = await startRunHarness({ log: (line) => console.error(line) });
    client = new sdk.TriggerClient({ id: "e2e-slack-lost", ...harness.clientOptions });
    client.defineJob({
      id: "announce",
      name: "Announce",
      version: "1.0.0",
      trigger: sdk.eventTrigger({ name: "release.published" }),
      integrations: { slack: new Slack({ id: "slack", token: "xoxb-e2e-lost-0005", baseUrl: slack.apiUrl }) },
      run: async (payload: { channel: string; thread_ts?: string }, io) => {
        const posted = await io.slack.postMessage("announce", { ...payload, text: "v1.2.0 is out" });
        return { ts: posted.ts ?? null };
      },
    });
  });
  beforeEach(() => slack.reset());
  afterAll(async () => {
    await harness.close();
    await slack.close();
  });

  it("exists once after the task's retry, which answers the message the first try posted", async () => {
    slack.failNext("chat.postMessage", { loseResponse: true });
    const result = await harness.runJob(client, "announce", { channel: "C0RELEASES" });

    expect(result.status).toBe("SUCCESS");
    expect(slack.messages("C0RELEASES").map((m) => m.text)).toEqual(["v1.2.0 is out"]);
    expect(slack.requests.map((r) => [r.method, r.delivery ?? r.outcome])).toEqual([
      ["chat.postMessage", "lost"],
      ["conversations.history", "ok"],
    ]);
    expect(result.tasks[0]?.attempts.map((a) => a.status)).toEqual(["RETRYING", "COMPLETED"]);
    expect(result.output).toEqual({ ts: slack.messages("C0RELEASES")[0]?.ts });
  });

  it("in a thread too, found among the thread's replies", async () => {
    const parent = await harness.runJob(client, "announce", { channel: "C0RELEASES" });
    const thread_ts = (parent.output as { ts: string }).ts;
    slack.failNext("chat.postMessage", { loseResponse: true });
    const result = await harness.runJob(client, "announce", { channel: "C0RELEASES", thread_ts });

    expect(result.status).toBe("SUCCESS");
    expect(slack.messages("C0RELEASES").filter((m) => m.thread_ts === thread_ts && m.ts !== thread_ts)).toHaveLength(1);
    expect(slack.requests.map((r) => r.method).slice(1)).toEqual(["chat.postMessage", "conversations.replies"]);
  });

  it("after a not_in_channel join, exists once too", async () => {
    slack.failNext("chat.postMessage", { error: "not_in_channel" });
    slack.failNext("chat.postMessage", { loseResponse: true });
    const result = await harness.runJob(client, "announce", { channel: "C0RELEASES" });

    expect(result.status).toBe("SUCCESS");
    expect(slack.messages("C0RELEASES")).toHaveLength(1);
    expect(slack.requests.map((r) => r.method)).toEqual([
      "chat.postMessage",
      "conversations.join",
      "chat.postMessage",
      "conversations.history",
    ]);
  });
});
