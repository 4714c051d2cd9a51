import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { inspect } from "node:util";
import { connectGithubStandIn } from "@acme/github-standin";
import { type DeclaredTask, ServiceError, specOf, TaskOutsideRunError, tasksOf } from "@acme/integration-kit";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { GithubClient, type GithubClientOptions } from "../src/client.js";
import { Github } from "../src/index.js";

const standIn = () => connectGithubStandIn(inject("githubStandInUrl"));
// A repository no other test uses: the stand-in keeps its issues.
const repo = { owner: "acme", repo: "plain-client" };

/** What Octokit sent: method, path and the authorization header. */
interface Sent {
  readonly method: string;
  readonly path: string;
  readonly authorization: string | undefined;
}

/** A GithubClient against the stand-in, asking for plain JSON (Prism answers Octokit's default with 406). */
function client(options: Partial<GithubClientOptions> = {}) {
  const sent: Sent[] = [];
  const github = new GithubClient({
    token: "ghp_plain_client_0123456789",
    baseUrl: inject("githubStandInUrl"),
    octokitRequest: {
      fetch: (url: string, init: RequestInit) => {
        const headers = { ...(init.headers as Record<string, string>), accept: "application/json" };
        sent.push({
          method: init.method ?? "GET",
          path: new URL(url).pathname,
          authorization: (init.headers as Record<string, string>).authorization,
        });
        return fetch(url, { ...init, headers });
      },
    },
    ...options,
  });
  return { github, sent };
}

const failureOf = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (error: unknown) => error as ServiceError,
  );

beforeAll(() => standIn().trackRepository(repo.owner, repo.repo));

describe("GithubClient", () => {
  it("has the v2 class's namespaces and tasks, built from the same declarations", () => {
    const names = (tasks: ReturnType<typeof tasksOf>) => tasks.map((t) => `${t.group}.${t.name}:${t.spec.name}`);
    const v2 = names(tasksOf(new Github({ id: "github", token: "ghp_x" })));
    expect(v2.length).toBeGreaterThan(50);
    expect(names(tasksOf(client().github))).toEqual(v2);
  });

  it("has every flat alias of the v2 class, each the task the v2 alias runs", async () => {
    const v2 = new Github({ id: "github", token: "ghp_x" }) as unknown as Record<string, unknown>;
    const { github } = client();
    const aliases = Object.getOwnPropertyNames(Github.prototype).filter(
      (name) =>
        !["constructor", "createClient", "describeFailure"].includes(name) &&
        typeof Object.getOwnPropertyDescriptor(Github.prototype, name)?.value === "function",
    );
    expect(aliases).toHaveLength(27);
    for (const alias of aliases) {
      // Outside a run, a v2 alias refuses, naming the task it would have run.
      const refused = await (v2[alias] as (key: string, params: object) => Promise<unknown>)
        .call(v2, "key", {})
        .catch((error: unknown) => error);
      expect(refused).toBeInstanceOf(TaskOutsideRunError);
      const v2Task = (refused as Error).message.match(/the task "([^"]+)"/)?.[1];
      const task = (github as unknown as Record<string, DeclaredTask<unknown, unknown>>)[alias];
      expect(`${alias}: ${task && specOf(task).name}`).toBe(`${alias}: ${v2Task}`);
    }
    expect(github.createIssue).toBe(github.issues.create);
  });

  it("creates an issue with the params of the v2 task, without the key, and its alias does the same", async () => {
    const { github, sent } = client();
    const issue = await github.issues.create({ ...repo, title: "Plain call", body: "From v4" });
    const same = await github.createIssue({ ...repo, title: "Plain alias" });
    expect(same.number).toBe(issue.number + 1);
    expect(sent.map((request) => `${request.method} ${request.path}`)).toEqual([
      "POST /repos/acme/plain-client/issues",
      "POST /repos/acme/plain-client/issues",
    ]);
    const recorded = await standIn().issues(repo.owner, repo.repo);
    expect(recorded.find((i) => i.number === issue.number)?.body).toBe("From v4");
  });

  it("asks a token function before every call, so a rotating token is used as it rotates", async () => {
    let minted = 0;
    const { github, sent } = client({ token: async () => `ghp_rotating_${Math.ceil(++minted / 2)}_0123456789` });
    for (let i = 0; i < 4; i++) await github.repos.get(repo);
    expect(sent.map((request) => request.authorization)).toEqual([
      "token ghp_rotating_1_0123456789",
      "token ghp_rotating_1_0123456789",
      "token ghp_rotating_2_0123456789",
      "token ghp_rotating_2_0123456789",
    ]);
  });

  it("reads one page of a list by default and at most `paginate.maxPages` with it", async () => {
    const { github, sent } = client();
    const params = { owner: "octocat", repo: "hello-world" };
    const one = await github.repos.listWebhooks(params);
    expect(sent).toHaveLength(1);
    // The stand-in's example page always links a next one: only the bound stops the walk.
    const three = await github.listWebhooks(params, { paginate: { maxPages: 3 } });
    expect(sent).toHaveLength(4);
    expect(three).toHaveLength(one.length * 3);
  });

  it("fails with GitHub's verdict: rate limit at x-ratelimit-reset, 404 permanent, the token scrubbed", async () => {
    const token = "ghp_canary_plain_0123456789";
    const { github } = client({ token });
    const reset = Math.floor(Date.now() / 1000) + 1800;
    await standIn().answerNext("GET /repos/acme/rate-limited", {
      status: 403,
      headers: { "x-ratelimit-limit": "5000", "x-ratelimit-remaining": "0", "x-ratelimit-reset": String(reset) },
      body: { message: `API rate limit exceeded for ${token}` },
    });
    const limited = await failureOf(github.getRepo({ owner: "acme", repo: "rate-limited" }));
    expect(limited).toBeInstanceOf(ServiceError);
    expect(limited?.code).toBe("RATE_LIMITED");
    expect(limited?.verdict).toEqual({ kind: "rate-limited", retryAt: new Date(reset * 1000) });
    expect(inspect(limited, { depth: 12 })).not.toContain(token);

    await standIn().answerNext("GET /repos/acme/gone", { status: 404, body: { message: "Not Found" } });
    const missing = await failureOf(github.repos.get({ owner: "acme", repo: "gone" }));
    expect(missing?.code).toBe("SERVICE_ERROR");
    expect(missing?.verdict).toEqual({ kind: "permanent" });
    expect(missing?.message).toMatch(/^GitHub client \(github\): "Get Repo" failed \(HTTP 404\): Not Found/);
  });

  it("gives the Octokit the tasks use for anything no task covers", async () => {
    const { github, sent } = client();
    const octokit = await github.native();
    expect(await github.native()).toBe(octokit);
    const { data } = await octokit.rest.repos.get(repo);
    expect(data).toHaveProperty("full_name");
    expect(sent.at(-1)?.authorization).toBe("token ghp_plain_client_0123456789");
  });
});

describe("GithubClient creates after a lost answer", () => {
  it("without an idempotencyKey: fails permanently, saying the issue may exist", async () => {
    const { github } = client();
    await standIn().loseNextResponse("POST /repos/acme/plain-client/issues");
    const error = await failureOf(github.issues.create({ ...repo, title: "Unkeyed" }));
    expect(error?.verdict).toEqual({ kind: "permanent" });
    expect(error?.message).toMatch(/the issue may already exist.*Pass `idempotencyKey`/);
  });

  it("with an idempotencyKey: the repeated call finds the first one's issue, so it exists once", async () => {
    const { github } = client();
    const idempotencyKey = `run_${Date.now()}-open-issue`;
    await standIn().loseNextResponse("POST /repos/acme/plain-client/issues");
    const first = await failureOf(github.issues.create({ ...repo, title: "Keyed" }, { idempotencyKey }));
    expect(first?.verdict).toEqual({ kind: "transient" });
    const issue = await github.issues.create({ ...repo, title: "Keyed" }, { idempotencyKey });
    const keyed = (await standIn().issues(repo.owner, repo.repo)).filter((i) => i.title === "Keyed");
    expect(keyed.map((i) => i.number)).toEqual([issue.number]);
  });
});

describe("GithubClient timeouts", () => {
  let silent: Server;
  beforeAll(async () => {
    silent = createServer(() => undefined); // accepts, never answers
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
  });
  afterAll(() => {
    silent.closeAllConnections();
    return new Promise<void>((resolve) => silent.close(() => resolve()));
  });

  it("gives up after timeoutMs with a retryable error", async () => {
    const github = new GithubClient({
      token: "ghp_timeout_0123456789",
      baseUrl: `http://127.0.0.1:${(silent.address() as AddressInfo).port}`,
      timeoutMs: 300,
    });
    const started = Date.now();
    const error = await failureOf(github.users.getAuthenticated());
    expect(Date.now() - started).toBeLessThan(3_000);
    expect(error?.verdict).toEqual({ kind: "transient" });
    expect(error?.message).toMatch(/did not answer within 300 ms/);
  });
});
