import { inspect } from "node:util";
import { Github } from "@acme/github";
import { Slack } from "@acme/slack";
import { type FakeService, type RunHarness, startFakeService, startRunHarness } from "@acme/testing";
import type { TriggerClient } from "@trigger.dev/sdk";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { triggerSdks } from "./trigger-sdks.js";

const GITHUB_TOKEN = "ghp_fakeServiceToken0001";
const SLACK_TOKEN = "xoxb-fake-service-token-0002";

// What a user does to test their own job offline: the real integrations and vendor clients, pointed
// at scripted services from @acme/testing, run by the real SDK through the run harness.
describe.each(triggerSdks)("a user's job against startFakeService, run by $alias $version", (sdk) => {
  let harness: RunHarness;
  let githubApi: FakeService;
  let slackApi: FakeService;
  let client: TriggerClient;

  beforeAll(async () => {
    harness = await startRunHarness();
    githubApi = await startFakeService({
      routes: {
        "POST /repos/{owner}/{repo}/issues/{issue_number}/labels": ({ body }) => ({
          body: (body as { labels: string[] }).labels.map((name, id) => ({ id, name })),
        }),
      },
    });
    slackApi = await startFakeService({
      routes: {
        "POST /api/chat.postMessage": ({ body }) => ({
          body: { ok: true, ts: "1700000000.000100", channel: (body as { channel: string }).channel },
        }),
        // A retried post first looks for the message the first try may have posted.
        "POST /api/conversations.history": { body: { ok: true, messages: [] } },
      },
    });
    client = new sdk.TriggerClient({ id: "e2e-fake-service", ...harness.clientOptions });
    const github = new Github({ id: "github", token: GITHUB_TOKEN, baseUrl: githubApi.url });
    const slack = new Slack({ id: "slack", token: SLACK_TOKEN, baseUrl: `${slackApi.url}/api/` });
    client.defineJob({
      id: "triage",
      name: "Triage",
      version: "1.0.0",
      trigger: sdk.eventTrigger({ name: "issue.opened" }),
      integrations: { github, slack },
      run: async (payload: { owner: string; repo: string; number: number }, io) => {
        const { owner, repo, number } = payload;
        const labels = await io.github.issues.addLabels("label", {
          owner,
          repo,
          issueNumber: number,
          labels: ["triage"],
        });
        await io.logger.info(`labelled #${number}`);
        const posted = await io.slack.chat.postMessage("tell", { channel: "C0TRIAGE", text: `New issue #${number}` });
        return { labels: labels.map((label) => label.name), ts: posted.ts };
      },
    });
  });

  afterAll(async () => {
    await Promise.all([harness?.close(), githubApi?.close(), slackApi?.close()]);
  });

  it("runs the job for real against the scripted answers, retrying at Slack's Retry-After", async () => {
    githubApi.clearRequests();
    slackApi.clearRequests();
    slackApi.answerNext("POST /api/chat.postMessage", { status: 429, headers: { "retry-after": "30" } });
    const before = Date.now();
    const result = await harness.runJob(client, "triage", { owner: "acme", repo: "app", number: 42 });

    expect(result.status).toBe("SUCCESS");
    expect(result.output).toEqual({ labels: ["triage"], ts: "1700000000.000100" });
    expect(Date.now() - before).toBeLessThan(10_000);
    expect(result.responses.map((response) => response.status)).toEqual(["RETRY_WITH_TASK", "SUCCESS"]);
    expect(new Date(result.responses[0]?.retryAt as Date).getTime()).toBeGreaterThanOrEqual(before + 30_000);

    expect(githubApi.requests.map(({ method, path, params, body }) => ({ method, path, params, body }))).toEqual([
      {
        method: "POST",
        path: "/repos/acme/app/issues/42/labels",
        params: { owner: "acme", repo: "app", issue_number: "42" },
        body: { labels: ["triage"] },
      },
    ]);
    expect(githubApi.requests[0]?.headers.authorization).toBe(`token ${GITHUB_TOKEN}`);
    // The retry reads the channel for the first try's message before posting again.
    expect(slackApi.requests.map((request) => request.body)).toEqual([
      expect.objectContaining({ channel: "C0TRIAGE", text: "New issue #42" }),
      expect.objectContaining({ channel: "C0TRIAGE", include_all_metadata: expect.anything() }),
      expect.objectContaining({ channel: "C0TRIAGE", text: "New issue #42" }),
    ]);
    expect(githubApi.unmatched).toEqual([]);
    expect(slackApi.unmatched).toEqual([]);
    expect(result.tasks.find((task) => task.name === "log")?.description).toBe("labelled #42");
    const shown = inspect(result, { depth: 12 });
    expect(shown).not.toContain(GITHUB_TOKEN);
    expect(shown).not.toContain(SLACK_TOKEN);
  });

  it("a route the test did not script fails the task with the 404 that names it", async () => {
    const bare = await startFakeService();
    try {
      const github = new Github({ id: "github", token: GITHUB_TOKEN, baseUrl: bare.url });
      const lonely = new sdk.TriggerClient({ id: "e2e-fake-service-bare", ...harness.clientOptions });
      lonely.defineJob({
        id: "get-repo",
        name: "Get repo",
        version: "1.0.0",
        trigger: sdk.eventTrigger({ name: "repo.check" }),
        integrations: { github },
        run: async (_payload, io) => io.github.repos.get("repo", { owner: "acme", repo: "app" }),
      });
      const failed = await harness.runJob(lonely, "get-repo", {});
      expect(failed.status).toBe("ERROR");
      expect(failed.executions).toBe(1);
      expect(failed.error?.message).toContain('service.route("GET /repos/acme/app", ...)');
      expect(bare.unmatched.map((request) => `${request.method} ${request.path}`)).toEqual(["GET /repos/acme/app"]);
    } finally {
      await bare.close();
    }
  });
});
