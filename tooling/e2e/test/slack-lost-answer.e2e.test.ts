import { Slack } from "@acme/slack";
import { describe, expect, it } from "vitest";
import { defineAnnounceJob } from "./support/announce-job.js";
import { useSlackRun } from "./support/use-slack-run.js";
import { triggerSdks } from "./trigger-sdks.js";

describe.each(triggerSdks)("A Slack message whose answer was lost, in a job run by $alias $version", (sdk) => {
  const e2e = useSlackRun(sdk, {
    clientId: "e2e-slack-lost",
    define: (client, apiUrl) =>
      defineAnnounceJob(client, sdk, {
        slack: new Slack({ id: "slack", token: "xoxb-e2e-lost-0005", baseUrl: apiUrl }),
        post: (io, payload: { channel: string; thread_ts?: string }, text) =>
          io.slack.postMessage("announce", { ...payload, text }),
      }),
  });

  it("exists once after the task's retry, which answers the message the first try posted", async () => {
    e2e.slack.failNext("chat.postMessage", { loseResponse: true });
    const result = await e2e.harness.runJob(e2e.client, "announce", { channel: "C0RELEASES" });

    expect(result.status).toBe("SUCCESS");
    expect(e2e.slack.messages("C0RELEASES").map((m) => m.text)).toEqual(["v1.2.0 is out"]);
    expect(e2e.slack.requests.map((r) => [r.method, r.delivery ?? r.outcome])).toEqual([
      ["chat.postMessage", "lost"],
      ["conversations.history", "ok"],
    ]);
    expect(result.tasks[0]?.attempts.map((a) => a.status)).toEqual(["RETRYING", "COMPLETED"]);
    expect(result.output).toEqual({ ts: e2e.slack.messages("C0RELEASES")[0]?.ts });
  });

  it("in a thread too, found among the thread's replies", async () => {
    const parent = await e2e.harness.runJob(e2e.client, "announce", { channel: "C0RELEASES" });
    const thread_ts = (parent.output as { ts: string }).ts;
    e2e.slack.failNext("chat.postMessage", { loseResponse: true });
    const result = await e2e.harness.runJob(e2e.client, "announce", { channel: "C0RELEASES", thread_ts });

    expect(result.status).toBe("SUCCESS");
    expect(
      e2e.slack.messages("C0RELEASES").filter((m) => m.thread_ts === thread_ts && m.ts !== thread_ts),
    ).toHaveLength(1);
    expect(e2e.slack.requests.map((r) => r.method).slice(1)).toEqual(["chat.postMessage", "conversations.replies"]);
  });

  it("after a not_in_channel join, exists once too", async () => {
    e2e.slack.failNext("chat.postMessage", { error: "not_in_channel" });
    e2e.slack.failNext("chat.postMessage", { loseResponse: true });
    const result = await e2e.harness.runJob(e2e.client, "announce", { channel: "C0RELEASES" });

    expect(result.status).toBe("SUCCESS");
    expect(e2e.slack.messages("C0RELEASES")).toHaveLength(1);
    expect(e2e.slack.requests.map((r) => r.method)).toEqual([
      "chat.postMessage",
      "conversations.join",
      "chat.postMessage",
      "conversations.history",
    ]);
  });
});
