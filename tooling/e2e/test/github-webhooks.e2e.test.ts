import { inspect } from "node:util";
import { events, Github } from "@acme/github";
import { githubSignatureScheme, signWebhook } from "@acme/integration-kit";
import { useRecordingServer } from "@acme/integration-kit/testing";
import { type HttpSourceHarness, startHttpSourceHarness } from "@acme/testing";
import type { TriggerClient } from "@trigger.dev/sdk";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { triggerSdks } from "./trigger-sdks.js";

const TOKEN = "ghp_e2eWebhookToken0003";

/** An `issues` delivery as GitHub sends it (trimmed to what the jobs and the filters read). */
const issuePayload = (action: string, number: number) => ({
  action,
  issue: { number, title: "Crash on start", html_url: `https://github.com/acme/widgets/issues/${number}` },
  repository: { full_name: "acme/widgets", name: "widgets", html_url: "https://github.com/acme/widgets" },
  sender: { login: "octocat", html_url: "https://github.com/octocat" },
});

const deliveryHeaders = (delivery: string, signature?: string) => ({
  "content-type": "application/json",
  "user-agent": "GitHub-Hookshot/e2e",
  "x-github-event": "issues",
  "x-github-delivery": delivery,
  "x-github-hook-id": "4",
  ...(signature ? { "x-hub-signature-256": signature } : {}),
});

/** A POST as GitHub sends it to the source's URL. */
const post = (headers: Record<string, string>, body: string) =>
  new Request("https://api.trigger.test/api/v1/sources/http/github", { method: "POST", headers, body });

describe.each(triggerSdks)("GitHub webhook triggers through $alias $version", (sdk) => {
  // GitHub's side: hooks are listed and created here; comments the job posts land here too.
  const githubApi = useRecordingServer();
  let sources: HttpSourceHarness;
  let client: TriggerClient;
  let key: string;

  beforeAll(async () => {
    sources = await startHttpSourceHarness({ log: (line) => console.error(line) });
    client = new sdk.TriggerClient({ id: "e2e-github-webhooks", ...sources.clientOptions });
    const github = new Github({ id: "github", token: TOKEN, baseUrl: githubApi().url });
    client.defineJob({
      id: "thank-for-issue",
      name: "Thank for a new issue",
      version: "1.0.0",
      trigger: github.triggers.repo({ event: events.onIssueOpened, owner: "acme", repo: "widgets" }),
      integrations: { github },
      run: async (payload, io) => {
        await io.github.issues.createComment("thank", {
          owner: "acme",
          repo: "widgets",
          issueNumber: payload.issue.number,
          body: `Thanks, @${payload.sender.login}!`,
        });
        return { issue: payload.issue.number, action: payload.action };
      },
    });
    client.defineJob({
      id: "log-push",
      name: "Log a push",
      version: "1.0.0",
      trigger: github.triggers.repo({ event: events.onPush, owner: "acme", repo: "widgets" }),
      run: async (payload) => ({ ref: payload.ref }),
    });
  });
  afterAll(() => sources.close());

  it("registers the repository webhook with the source's secret, as tasks of the register job", async () => {
    const keys = await sources.sourceKeys(client);
    expect(keys).toHaveLength(1);
    key = keys[0] as string;
    githubApi().respondWith((request) =>
      request.method === "GET"
        ? { body: [] }
        : { status: 201, body: { id: 4, events: ["issues", "push"], active: true, config: { url: "x" } } },
    );
    const { run, source } = await sources.registerSource(client, key);
    expect(run.status).toBe("SUCCESS");
    expect(run.unknownRequests).toEqual([]);
    expect(run.tasks.map((task) => task.name)).toEqual(["List Webhooks", "Create Webhook", "Update Source"]);
    expect(githubApi().requests.map((request) => `${request.method} ${request.url.split("?")[0]}`)).toEqual([
      "GET /repos/acme/widgets/hooks",
      "POST /repos/acme/widgets/hooks",
    ]);
    const created = JSON.parse(githubApi().requests[1]?.body ?? "{}");
    expect(created).toEqual({
      config: { content_type: "json", url: source.url, secret: source.secret },
      events: ["issues", "push"],
    });
    expect(source).toMatchObject({ active: true, data: { id: 4 }, options: { event: ["issues", "push"] } });
    expect(inspect(run.tasks, { depth: 10 })).not.toContain(source.secret);
  });

  it("a signed delivery runs the job whose trigger matches; the same request unsigned runs nothing", async () => {
    githubApi().respondWith(() => ({ status: 201, body: { id: 99, body: "Thanks" } }));
    const secret = sources.sources.get(key)?.secret as string;
    const body = JSON.stringify(issuePayload("opened", 42));
    const signature = (await signWebhook(githubSignatureScheme, { secret: secret, body: body }))[
      "x-hub-signature-256"
    ] as string;
    const delivery = `e2e-${sdk.version}-opened`;

    const unsigned = await sources.deliverWebhook(client, { key, request: post(deliveryHeaders(delivery), body) });
    // Trigger.dev answers GitHub 200 before the handler runs: the refusal stays on Trigger.dev's side.
    expect(unsigned.response).toEqual({ status: 200 });
    expect(unsigned.handlerResponse.status).toBe(401);
    expect(JSON.stringify(unsigned.handlerResponse.body)).toMatch(
      /GitHub integration \(github\).*X-Hub-Signature-256/i,
    );
    expect(unsigned.events).toEqual([]);
    expect(unsigned.runs).toEqual([]);

    const forged = await sources.deliverWebhook(client, {
      key,
      request: post(
        deliveryHeaders(
          delivery,
          (await signWebhook(githubSignatureScheme, { secret: "guessed-secret", body: body }))[
            "x-hub-signature-256"
          ] as string,
        ),
        body,
      ),
    });
    expect(forged.response).toEqual({ status: 200 });
    expect(forged.handlerResponse.status).toBe(401);
    expect(forged.events).toEqual([]);
    expect(forged.runs).toEqual([]);
    expect(githubApi().requests).toEqual([]);

    const signed = await sources.deliverWebhook(client, {
      key,
      request: post(deliveryHeaders(delivery, signature), body),
    });
    expect(signed.response).toEqual({ status: 200 });
    expect(signed.handlerResponse).toEqual({ status: 200, body: { ok: true } });
    expect(signed.events).toEqual([expect.objectContaining({ id: delivery, name: "issues", source: "github.com" })]);
    expect(signed.runs.map((run) => [run.job.id, run.status, run.output])).toEqual([
      ["thank-for-issue", "SUCCESS", { issue: 42, action: "opened" }],
    ]);
    expect(signed.runs[0]?.tasks.map((task) => task.name)).toEqual(["Create Issue Comment"]);
    // The trigger's run properties, computed by the SDK (PREPROCESS_RUN) from the typed payload.
    expect(signed.runProperties[0]).toEqual(
      expect.arrayContaining([
        { label: "Repo", text: "acme/widgets", url: "https://github.com/acme/widgets" },
        { label: "Issue", text: "#42: Crash on start", url: "https://github.com/acme/widgets/issues/42" },
      ]),
    );
    expect(githubApi().requests.map((request) => `${request.method} ${request.url}`)).toEqual([
      "POST /repos/acme/widgets/issues/42/comments",
    ]);

    // GitHub redelivers with the same GUID: Trigger.dev keeps one event per id.
    const redelivered = await sources.deliverWebhook(client, {
      key,
      request: post(deliveryHeaders(delivery, signature), body),
    });
    expect(redelivered.duplicates).toHaveLength(1);
    expect(redelivered.runs).toEqual([]);
  });

  it("a signed delivery no trigger's filter matches runs nothing", async () => {
    const secret = sources.sources.get(key)?.secret as string;
    const body = JSON.stringify(issuePayload("closed", 43));
    const closed = await sources.deliverWebhook(client, {
      key,
      request: post(
        deliveryHeaders(
          `e2e-${sdk.version}-closed`,
          (await signWebhook(githubSignatureScheme, { secret: secret, body: body }))["x-hub-signature-256"] as string,
        ),
        body,
      ),
    });
    expect(closed.response).toEqual({ status: 200 });
    expect(closed.events).toHaveLength(1);
    expect(closed.runs).toEqual([]);
  });
});
