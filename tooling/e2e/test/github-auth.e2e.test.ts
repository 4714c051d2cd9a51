import { inspect } from "node:util";
import { useRecordingServer } from "@acme/integration-kit/testing";
import { type RunHarness, startRunHarness } from "@acme/testing";
import type { TriggerClient } from "@trigger.dev/sdk";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  defineGithubJobs,
  GITHUB_HOSTED_TOKEN,
  GITHUB_LOCAL_TOKEN,
  githubCredentialOf,
  repoPayload,
} from "./github-jobs.js";
import { triggerSdks } from "./trigger-sdks.js";

describe.each(triggerSdks)("GitHub auth in a job run by $alias $version", (sdk) => {
  // A recording GitHub stand-in: answers what the test scripts and keeps what Octokit sent.
  const github = useRecordingServer({ body: { full_name: "acme/app", id: 1 } });
  let harness: RunHarness;
  let client: TriggerClient;

  beforeAll(async () => {
    harness = await startRunHarness({ log: (line) => console.error(line) });
    client = new sdk.TriggerClient({ id: "e2e-github", ...harness.clientOptions });
    defineGithubJobs(client, sdk, github().url);
  });
  afterAll(() => harness.close());

  it("LOCAL: io.github.runTask hands the task the raw Octokit, authenticated with the token option", async () => {
    const result = await harness.runJob(client, "get-repo-local", repoPayload, {
      connections: { github: "gho_connectionIgnoredForLocal" },
    });
    expect(result.status).toBe("SUCCESS");
    expect(result.output).toEqual({ fullName: "acme/app" });
    expect(result.unknownRequests).toEqual([]);
    expect(github().requests.map((r) => `${r.method} ${r.url}`)).toEqual(["GET /repos/acme/app"]);
    expect(github().requests.map(githubCredentialOf)).toEqual([GITHUB_LOCAL_TOKEN]);
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
    const result = await harness.runJob(client, "get-repo-hosted", repoPayload, {
      connections: { github: GITHUB_HOSTED_TOKEN },
    });
    expect(result.status).toBe("SUCCESS");
    expect(github().requests.map(githubCredentialOf)).toEqual([GITHUB_HOSTED_TOKEN]);
    expect(inspect(result, { depth: 12 })).not.toContain(GITHUB_HOSTED_TOKEN);
  });

  it("HOSTED without a connection: the run ends in UNRESOLVED_AUTH_ERROR before any task", async () => {
    const result = await harness.runJob(client, "get-repo-hosted", repoPayload);
    expect(result.status).toBe("UNRESOLVED_AUTH_ERROR");
    expect(result.issues?.github?.id).toBe("github");
    expect(result.issues?.github?.error).toMatch(/github.*auth/i);
    expect(result.tasks).toEqual([]);
    expect(github().requests).toEqual([]);
  });
});
