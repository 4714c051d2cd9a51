import { Github } from "@acme/github";
import { useRecordingServer } from "@acme/integration-kit/testing";
import { Slack } from "@acme/slack";
import { describe, expect, it } from "vitest";
import { useSlackRun } from "./support/use-slack-run.js";
import { triggerSdks } from "./trigger-sdks.js";

describe.each(triggerSdks)("Task namespaces in a job run by $alias $version", (sdk) => {
  const github = useRecordingServer({ body: [{ id: 1, name: "bug" }] });
  const e2e = useSlackRun(sdk, {
    clientId: "e2e-tasks",
    define: (client, apiUrl) =>
      client.defineJob({
        id: "label-and-announce",
        name: "Label and announce",
        version: "1.0.0",
        trigger: sdk.eventTrigger({ name: "issue.opened" }),
        integrations: {
          github: new Github({ id: "github", token: "ghp_e2eTasks0003", baseUrl: github().url }),
          slack: new Slack({ id: "slack", token: "xoxb-e2e-tasks-0003", baseUrl: apiUrl }),
        },
        run: async (payload: { number: number }, io) => {
          const labels = await io.github.issues.addLabels("label", {
            owner: "acme",
            repo: "app",
            issueNumber: payload.number,
            labels: ["bug"],
          });
          const message = await io.slack.postMessage("announce", { channel: "C0TRIAGE", text: `#${payload.number}` });
          return { labels: labels.map((label) => label.name), ts: message.ts ?? null };
        },
      }),
  });

  it("io.github.issues.addLabels and io.slack.postMessage send the right requests and show as named tasks", async () => {
    const result = await e2e.harness.runJob(e2e.client, "label-and-announce", { number: 42 });
    expect(result.status).toBe("SUCCESS");
    expect(result.output).toMatchObject({ labels: ["bug"] });
    expect(github().requests.map((r) => [r.method, r.url, JSON.parse(r.body)])).toEqual([
      ["POST", "/repos/acme/app/issues/42/labels", { labels: ["bug"] }],
    ]);
    expect(e2e.slack.requests.map((r) => [r.method, r.params.channel, r.params.text])).toEqual([
      ["chat.postMessage", "C0TRIAGE", "#42"],
    ]);
    expect(result.tasks.map((task) => [task.name, task.icon, task.status])).toEqual([
      ["Add Issue Labels", "github", "COMPLETED"],
      ["Post Message", "slack", "COMPLETED"],
    ]);
    expect(result.tasks[0]?.properties).toEqual(expect.arrayContaining([{ label: "Issue", text: "#42" }]));
  });

  it("a postMessage answered not_in_channel joins as a subtask of the task, and posts again", async () => {
    e2e.slack.failNext("chat.postMessage", { error: "not_in_channel" });
    const result = await e2e.harness.runJob(e2e.client, "label-and-announce", { number: 7 });
    expect(result.status).toBe("SUCCESS");
    expect(e2e.slack.requests.map((r) => [r.method, r.outcome])).toEqual([
      ["chat.postMessage", "not_in_channel"],
      ["conversations.join", "ok"],
      ["chat.postMessage", "ok"],
    ]);
    const post = result.tasks.find((task) => task.key === "announce");
    const children = result.tasks.filter((task) => task.parentId === post?.id);
    expect(children.map((task) => [task.name, task.status])).toEqual([[expect.stringMatching(/join/i), "COMPLETED"]]);
    expect(result.executions).toBe(1);
  });
});
