import { inspect } from "node:util";
import { describe, expect, it } from "vitest";
import { GITHUB_LOCAL_TOKEN, repoPayload, useGithubJobRun } from "./github-jobs.js";
import { triggerSdks } from "./trigger-sdks.js";

const HOUR = 3_600_000;

describe.each(triggerSdks)("GitHub failures in a job run by $alias $version", (sdk) => {
  const run = useGithubJobRun(sdk, { body: { full_name: "acme/app", id: 1 } });

  it("rate limited (403, x-ratelimit-remaining: 0): retried at x-ratelimit-reset, then succeeds", async () => {
    const reset = Math.floor(Date.now() / 1000) + 3600;
    let calls = 0;
    run.github().respondWith(() =>
      ++calls === 1
        ? {
            status: 403,
            headers: { "x-ratelimit-limit": "5000", "x-ratelimit-remaining": "0", "x-ratelimit-reset": String(reset) },
            body: { message: "API rate limit exceeded for user ID 1." },
          }
        : { body: { full_name: "acme/app" } },
    );
    const started = Date.now();
    const result = await run.harness.runJob(run.client, "get-repo-local", repoPayload);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(result.status).toBe("SUCCESS");
    expect(result.output).toEqual({ fullName: "acme/app" });
    expect(result.responses.map((response) => response.status)).toEqual(["RETRY_WITH_TASK", "SUCCESS"]);
    expect(new Date(result.responses[0]?.retryAt as Date).getTime()).toBe(reset * 1000);
    expect(result.waitedMs).toBeGreaterThan(HOUR - 60_000);
    const [task] = result.tasks;
    expect(task?.attempts.map((attempt) => attempt.status)).toEqual(["RETRYING", "COMPLETED"]);
    expect(task?.attempts[0]?.error?.message).toMatch(/GitHub integration \(github\).*"Get Repo".*403.*rate limit/i);
    expect(run.github().requests).toHaveLength(2);
  });

  it("a permanent error (404) fails the task and the run without retries", async () => {
    run.github().respondWith(() => ({ status: 404, body: { message: "Not Found" } }));
    const result = await run.harness.runJob(run.client, "get-repo-local", repoPayload);
    expect(result.status).toBe("ERROR");
    expect(result.executions).toBe(1);
    expect(result.error?.message).toMatch(/GitHub integration \(github\).*"Get Repo".*404/);
    const [task] = result.tasks;
    expect(task?.status).toBe("ERRORED");
    expect(task?.attempts.map((attempt) => attempt.status)).toEqual(["ERRORED"]);
    expect(run.github().requests).toHaveLength(1);
    expect(inspect(result, { depth: 12 })).not.toContain(GITHUB_LOCAL_TOKEN);
  });
});
