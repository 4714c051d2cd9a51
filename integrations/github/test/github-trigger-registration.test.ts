import { REDACTED } from "@acme/integration-kit";
import { createTestIO, type RecordedRequest, useRecordingServer } from "@acme/integration-kit/testing";
import type { IO } from "@trigger.dev/sdk";
import { describe, expect, it } from "vitest";
import { events, Github } from "../src/index.js";

const server = useRecordingServer();
const SECRET = "source_secret_9c1e77";
const URL_ = "https://api.trigger.dev/api/v1/sources/http/clx123";

/** Runs a source's register function as the SDK's register job does, with `io.integration` bound to a run. */
function registerWith(github: Github) {
  const { io, tasks } = createTestIO();
  const registerIO = { ...io, integration: github.cloneForRun(io, "integration") } as unknown as IO;
  const eventFor = (params: object, desired: string[], missing = desired, secret = SECRET) => ({
    id: "source",
    source: { key: "k", params, active: false, secret, channel: { type: "HTTP" as const, url: URL_ } },
    options: { event: { desired, missing, orphaned: [] } },
  });
  return {
    tasks,
    repo: (desired: string[], secret?: string) =>
      github.sources.repo.register(
        { owner: "acme", repo: "widgets" },
        eventFor({ owner: "acme", repo: "widgets" }, desired, desired, secret),
        registerIO,
        {} as never,
      ),
    org: (desired: string[]) =>
      github.sources.org.register({ org: "acme" }, eventFor({ org: "acme" }, desired), registerIO, {} as never),
  };
}

const github = () => new Github({ id: "github-main", token: "ghp_registration_0123456789", baseUrl: server().url });
const sent = () =>
  server().requests.map((request: RecordedRequest) => `${request.method} ${request.url.split("?")[0]}`);
const bodyOf = (method: string) =>
  JSON.parse(server().requests.find((request) => request.method === method)?.body ?? "{}");

describe("webhook registration", () => {
  it("creates the repository webhook when no hook points at the source's URL", async () => {
    server().respondWith((request) =>
      request.method === "GET"
        ? { body: [{ id: 3, events: ["push"], active: true, config: { url: "https://elsewhere.example/hook" } }] }
        : { status: 201, body: { id: 4, events: ["issues", "star"], active: true, config: { url: URL_ } } },
    );
    const { repo, tasks } = registerWith(github());
    const result = await repo(["issues", "star", "issues"]);
    expect(sent()).toEqual(["GET /repos/acme/widgets/hooks", "POST /repos/acme/widgets/hooks"]);
    expect(bodyOf("POST")).toEqual({
      config: { content_type: "json", url: URL_, secret: SECRET },
      events: ["issues", "star"],
    });
    expect(result).toEqual({
      data: { id: 4, url: URL_, events: ["issues", "star"] },
      options: { event: ["issues", "star"] },
    });
    expect(tasks.map((task) => task.options?.name)).toEqual(["List Webhooks", "Create Webhook"]);
    // The secret goes to GitHub, never into what the dashboard shows.
    expect(JSON.stringify(tasks.map((task) => [task.options, task.output]))).not.toContain(SECRET);
    expect(JSON.stringify(tasks[1]?.options?.params)).toContain(REDACTED);
  });

  it("updates the hook already pointing at the URL, adding only the events it lacks", async () => {
    server().respondWith((request) =>
      request.method === "GET"
        ? { body: [{ id: 9, events: ["push"], active: true, config: { url: URL_ } }] }
        : { body: { id: 9, events: ["push", "issues"], active: true, config: { url: URL_ } } },
    );
    const { repo } = registerWith(github());
    const result = await repo(["push", "issues"]);
    expect(sent()).toEqual(["GET /repos/acme/widgets/hooks", "PATCH /repos/acme/widgets/hooks/9"]);
    expect(bodyOf("PATCH")).toEqual({
      config: { content_type: "json", url: URL_, secret: SECRET },
      add_events: ["issues"],
    });
    expect(result?.data).toEqual({ id: 9, url: URL_, events: ["push", "issues"] });
  });

  it("registering twice changes nothing the second time but the secret it re-asserts", async () => {
    server().respondWith((request) =>
      request.method === "GET"
        ? { body: [{ id: 9, events: ["issues"], active: true, config: { url: URL_ } }] }
        : { body: { id: 9, events: ["issues"], active: true, config: { url: URL_ } } },
    );
    const { repo } = registerWith(github());
    await repo(["issues"]);
    await repo(["issues"]);
    expect(sent().filter((line) => line.startsWith("POST"))).toEqual([]);
    expect(
      server()
        .requests.filter((request) => request.method === "PATCH")
        .map((request) => JSON.parse(request.body)),
    ).toEqual([
      { config: { content_type: "json", url: URL_, secret: SECRET } },
      { config: { content_type: "json", url: URL_, secret: SECRET } },
    ]);
  });

  it("registers organization webhooks the same way", async () => {
    server().respondWith((request) =>
      request.method === "GET" && request.url.startsWith("/orgs/acme/hooks?")
        ? { body: [{ id: 21, events: ["repository"], active: true, config: { url: URL_ } }] }
        : {
            body: {
              id: 21,
              events: request.method === "GET" ? ["repository"] : ["repository", "star"],
              config: { url: URL_ },
            },
          },
    );
    const { org } = registerWith(github());
    const result = await org(["repository", "star"]);
    // The org hooks API has no add_events: the task reads the hook's events and sends the union.
    expect(sent()).toEqual(["GET /orgs/acme/hooks", "GET /orgs/acme/hooks/21", "PATCH /orgs/acme/hooks/21"]);
    expect(bodyOf("PATCH").events).toEqual(["repository", "star"]);
    expect(result?.data).toEqual({ id: 21, url: URL_, events: ["repository", "star"] });
  });

  it("refuses to register a webhook without a secret, saying so", async () => {
    const { repo } = registerWith(github());
    await expect(repo(["issues"], "")).rejects.toThrow(/GitHub integration \(github-main\).*supplied no secret/);
    await expect(repo(["issues"], "")).rejects.toMatchObject({
      code: "WEBHOOK_REJECTED",
      reason: "no-secret-configured",
    });
    expect(server().requests).toEqual([]);
  });
});

describe("github.triggers", () => {
  const integration = new Github({ id: "github-main", token: "ghp_registration_0123456789" });

  it("repo: the event, its filter and the repository filter, on a source keyed by repository", () => {
    const trigger = integration.triggers.repo({ event: events.onIssueOpened, owner: "Acme", repo: "Widgets" });
    expect(trigger.toJSON()).toMatchObject({
      type: "static",
      rule: {
        event: "issues",
        source: "github.com",
        payload: { action: ["opened"], repository: { full_name: [{ $ignoreCaseEquals: "Acme/Widgets" }] } },
        // Only events the repository's own source tagged: not the org hook's, not another integration's.
        context: { "source-key": ["github.repo-http-acmewidgets-github-main"] },
      },
    });
    expect(trigger.event).toBe(events.onIssueOpened);
    expect(integration.sources.repo.key({ owner: "Acme", repo: "Widgets" })).toBe(
      "github.repo-HTTP-Acme/Widgets-github-main",
    );
  });

  it("org: filters on the organization", () => {
    const trigger = integration.triggers.org({ event: events.onNewRepository, org: "acme" });
    expect(trigger.toJSON()).toMatchObject({
      rule: {
        event: "repository",
        payload: { action: ["created"], organization: { login: [{ $ignoreCaseEquals: "acme" }] } },
        context: { "source-key": ["github.org-http-acme-github-main"] },
      },
    });
  });

  it("keeps one source per integration instance, and checks the params", () => {
    expect(integration.sources).toBe(integration.sources);
    expect(integration.sources.repo.integration).toBe(integration);
    const schema = (integration.sources.repo as unknown as { options: { schema: { safeParse(v: unknown): unknown } } })
      .options.schema;
    expect(schema.safeParse({ owner: "acme", repo: "" })).toMatchObject({ success: false });
    expect(schema.safeParse({ owner: "acme", repo: "widgets" })).toMatchObject({ success: true });
  });
});
