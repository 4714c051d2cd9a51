import { inspect } from "node:util";
import { describe, expect, it } from "vitest";
import {
  GITHUB_HOSTED_TOKEN,
  GITHUB_LOCAL_TOKEN,
  githubCredentialOf,
  repoPayload,
  useGithubJobRun,
} from "./github-jobs.js";
import { triggerSdks } from "./trigger-sdks.js";

describe.each(triggerSdks)("GitHub auth in a job run by $alias $version", (sdk) => {
  const run = useGithubJobRun(sdk, { body: { full_name: "acme/app", id: 1 } });

  it("LOCAL: io.github.runTask hands the task the raw Octokit, authenticated with the token option", async () => {
    const result = await run.harness.runJob(run.client, "get-repo-local", repoPayload, {
      connections: { github: "gho_connectionIgnoredForLocal" },
    });
    expect(result.status).toBe("SUCCESS");
    expect(result.output).toEqual({ fullName: "acme/app" });
    expect(result.unknownRequests).toEqual([]);
    expect(run.github().requests.map((r) => `${r.method} ${r.url}`)).toEqual(["GET /repos/acme/app"]);
    expect(run.github().requests.map(githubCredentialOf)).toEqual([GITHUB_LOCAL_TOKEN]);
    const [task] = result.tasks;
    expect(task).toMatchObject({
      name: "Get Repo",
      icon: "github",
      connectionKey: "github",
      status: "COMPLETED",
      properties: [{ label: "Repo", text: "acme/app" }],
      output: { fullName: "acme/app" },
    });
    expect(task?.attempts).toHaveLength(1);
  });

  it("HOSTED: authenticates with the connection Trigger.dev supplies for the run", async () => {
    const result = await run.harness.runJob(run.client, "get-repo-hosted", repoPayload, {
      connections: { github: GITHUB_HOSTED_TOKEN },
    });
    expect(result.status).toBe("SUCCESS");
    expect(run.github().requests.map(githubCredentialOf)).toEqual([GITHUB_HOSTED_TOKEN]);
    expect(inspect(result, { depth: 12 })).not.toContain(GITHUB_HOSTED_TOKEN);
  });

  it("HOSTED without a connection: the run ends in UNRESOLVED_AUTH_ERROR before any task", async () => {
    const result = await run.harness.runJob(run.client, "get-repo-hosted", repoPayload);
    expect(result.status).toBe("UNRESOLVED_AUTH_ERROR");
    expect(result.issues?.github?.id).toBe("github");
    expect(result.issues?.github?.error).toMatch(/github.*auth/i);
    expect(result.tasks).toEqual([]);
    expect(run.github().requests).toEqual([]);
  });
});
