import { inspect } from "node:util";
import { catchServiceError, GithubClient } from "@acme/github/client";
import { connectGithubStandIn } from "@acme/github-standin";
import { task } from "@trigger.dev/sdk";
import { afterAll, describe, expect, inject, it } from "vitest";
import { type RunResult, startV4Runtime } from "./support/v4-runtime.js";

/** A canary: it must appear in no result, error or telemetry. */
const GITHUB_TOKEN = "ghp_v4_e2e_canary_0123456789";
const standIn = connectGithubStandIn(inject("githubStandInUrl"));
// A repository no other test uses: the stand-in keeps its issues.
const tracked = { owner: "acme", repo: "v4-e2e" };
await standIn.trackRepository(tracked.owner, tracked.repo);

const github = new GithubClient({
  // A function, as a rotating credential would be: asked before every call.
  token: async () => GITHUB_TOKEN,
  baseUrl: standIn.url,
  octokitRequest: {
    // Prism answers Octokit's default media type with 406.
    fetch: (url: string, init: RequestInit) =>
      fetch(url, { ...init, headers: { ...(init.headers as Record<string, string>), accept: "application/json" } }),
  },
});

/** The task's own policy: 1 s, then 2 s, 4 s..., without jitter so the test can name the delay. */
const retry = { maxAttempts: 4, factor: 2, minTimeoutInMs: 1_000, maxTimeoutInMs: 10_000, randomize: false };

const runtime = await startV4Runtime();
afterAll(() => runtime.close());

runtime.define("trigger/github.ts", () => ({
  getRepo: task({
    id: "github-get-repo",
    retry,
    catchError: catchServiceError,
    run: async (payload: { owner: string; repo: string }) => {
      const repo = await github.repos.get(payload);
      return { fullName: repo.full_name };
    },
  }),
  // The same task without the hook: what the kit's answer changes.
  getRepoUnhooked: task({
    id: "github-get-repo-unhooked",
    retry,
    run: async (payload: { owner: string; repo: string }) => (await github.repos.get(payload)).full_name,
  }),
  openIssue: task({
    id: "github-open-issue",
    retry,
    catchError: catchServiceError,
    run: async (payload: { title: string }, { ctx }) => {
      // A v4 retry re-runs the whole run: the key, stable across attempts, makes the create safe to repeat.
      const issue = await github.issues.create(
        { ...tracked, title: payload.title },
        { idempotencyKey: `${ctx.run.id}-open-issue`, attempt: ctx.attempt.number },
      );
      return { number: issue.number };
    },
  }),
}));

const results: RunResult[] = [];
const run = async (id: string, payload: unknown) => {
  const result = await runtime.run(id, payload);
  results.push(result);
  return result;
};

describe("GithubClient in a Trigger.dev v4 task (TaskExecutor of @trigger.dev/core 4.8.3)", () => {
  it("a primary rate limit is retried at x-ratelimit-reset, then succeeds", async () => {
    const reset = Math.floor(Date.now() / 1000) + 3600;
    await standIn.answerNext("GET /repos/acme/v4-primary", {
      status: 403,
      headers: { "x-ratelimit-limit": "5000", "x-ratelimit-remaining": "0", "x-ratelimit-reset": String(reset) },
      body: { message: "API rate limit exceeded for user ID 1." },
    });
    const { attempts } = await run("github-get-repo", { owner: "acme", repo: "v4-primary" });
    expect(attempts.map((attempt) => attempt.ok)).toEqual([false, true]);
    expect(attempts[0]?.retry?.timestamp).toBe(reset * 1000);
    expect(attempts[0]?.error?.message).toMatch(/^GitHub integration \(github\): "Get Repo" failed \(HTTP 403/);
    expect(attempts[1]?.output).toEqual({ fullName: expect.any(String) });
  });

  it("a secondary rate limit is retried after retry-after", async () => {
    await standIn.answerNext("GET /repos/acme/v4-secondary", {
      status: 403,
      headers: { "retry-after": "120" },
      body: { message: "You have exceeded a secondary rate limit." },
    });
    const started = Date.now();
    const { attempts } = await run("github-get-repo", { owner: "acme", repo: "v4-secondary" });
    const timestamp = attempts[0]?.retry?.timestamp ?? 0;
    expect(timestamp).toBeGreaterThanOrEqual(started + 120_000);
    expect(timestamp).toBeLessThanOrEqual((attempts[0]?.endedAt ?? 0) + 120_000);
    expect(attempts.map((attempt) => attempt.ok)).toEqual([false, true]);
  });

  it("a 404 skips retrying, where the task's own policy would have retried it", async () => {
    await standIn.answerNext("GET /repos/acme/v4-missing", { status: 404, body: { message: "Not Found" } }, 2);
    const hooked = await run("github-get-repo", { owner: "acme", repo: "v4-missing" });
    expect(hooked.attempts).toHaveLength(1);
    expect(hooked.last).toMatchObject({ ok: false, skippedRetrying: true });
    expect(hooked.last.retry).toBeUndefined();
    expect(hooked.last.error?.message).toMatch(/HTTP 404.*Not retried/);

    const unhooked = await runtime.run("github-get-repo-unhooked", { owner: "acme", repo: "v4-missing" });
    expect(unhooked.attempts[0]?.retry?.delay).toBe(1_000);
  });

  it("a 502 gets the task's own backoff", async () => {
    await standIn.answerNext("GET /repos/acme/v4-bad-gateway", { status: 502, body: { message: "Bad Gateway" } });
    const { attempts } = await run("github-get-repo", { owner: "acme", repo: "v4-bad-gateway" });
    expect(attempts[0]?.retry?.delay).toBe(1_000);
    expect(attempts[0]?.skippedRetrying).toBe(false);
    expect(attempts.map((attempt) => attempt.ok)).toEqual([false, true]);
  });

  it("an issue whose answer was lost exists once after the run's retry, through the idempotency key", async () => {
    await standIn.loseNextResponse("POST /repos/acme/v4-e2e/issues");
    const { attempts } = await run("github-open-issue", { title: "Opened from v4" });
    expect(attempts.map((attempt) => attempt.ok)).toEqual([false, true]);
    expect(attempts[0]?.retry?.delay).toBe(1_000);
    const opened = (await standIn.issues(tracked.owner, tracked.repo)).filter((i) => i.title === "Opened from v4");
    expect(opened).toHaveLength(1);
    expect(attempts[1]?.output).toEqual({ number: opened[0]?.number });
  });

  it("the token appears in no result, error or telemetry of those runs", async () => {
    const telemetry = await runtime.telemetry();
    // The checks look where the failures went: the results and the exported spans and logs hold them.
    expect(telemetry).toContain("GitHub client (github)");
    expect(results.length).toBeGreaterThanOrEqual(5);
    expect(inspect(results, { depth: 12 })).not.toContain(GITHUB_TOKEN);
    expect(telemetry).not.toContain(GITHUB_TOKEN);
  });
});
