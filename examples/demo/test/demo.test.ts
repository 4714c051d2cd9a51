import { type RunHarness, startRunHarness } from "@acme/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connectDemoServices, type DemoServices } from "../src/demo-services.js";
import { runDemo } from "../src/run-demo.js";

describe("the demo on its stand-ins", () => {
  let services: DemoServices;
  let harness: RunHarness;

  beforeAll(async () => {
    services = await connectDemoServices({});
    harness = await startRunHarness({ log: (line) => console.error(line) });
  });
  afterAll(async () => {
    await harness?.close();
    await services?.close();
  });

  it("labels the issue, thanks its author and tells Slack, retrying the rate-limited message", async () => {
    const { opened, event, triage } = await runDemo(services, harness);
    expect(opened.status).toBe("SUCCESS");
    expect(triage?.status).toBe("SUCCESS");
    expect(triage?.unknownRequests).toEqual([]);
    expect(triage?.tasks.map((task) => [task.name, task.status, task.attempts.length])).toEqual([
      ["Add Issue Labels", "COMPLETED", 1],
      ["Create Issue Comment", "COMPLETED", 1],
      ["Post Message", "COMPLETED", 2],
    ]);
    expect(triage?.tasks[0]?.params).toMatchObject({
      owner: "octocat",
      repo: "Hello-World",
      labels: ["triage", "bug"],
    });
    // The event, its link and the stand-in's answers all name one repository.
    expect(event?.issue.html_url).toBe(
      `https://github.com/${event?.repository.full_name}/issues/${event?.issue.number}`,
    );
    expect(triage?.output).toMatchObject({ labels: ["triage", "bug"], slack: { channel: "C0TRIAGE" } });

    const posts = services.slackStandIn?.requests.filter((request) => request.method === "chat.postMessage") ?? [];
    expect(posts.map((request) => request.outcome)).toEqual([429, "ok"]);
    expect(posts[1]?.params.text).toContain(`<${event?.issue.html_url}|octocat/Hello-World#${event?.issue.number}>`);
  });

  it("refuses a GITHUB_REPO that is not owner/name before starting anything", async () => {
    await expect(connectDemoServices({ GITHUB_TOKEN: "ghp_x", GITHUB_REPO: "just-a-name" })).rejects.toThrow(
      /GITHUB_REPO must be "owner\/name"/,
    );
  });
});
