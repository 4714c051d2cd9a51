import { Github } from "@acme/github";
import {
  type RecordedRequest,
  type RecordedResponse,
  type RecordingServer,
  useRecordingServer,
} from "@acme/integration-kit/testing";
import { type RunHarness, startRunHarness } from "@acme/testing";
import type { TriggerClient } from "@trigger.dev/sdk";
import { afterAll, beforeAll } from "vitest";
import type { TriggerSdk } from "./trigger-sdks.js";

/** The token the LOCAL integration is created with. */
export const GITHUB_LOCAL_TOKEN = "ghp_e2eLocalToken0001";
/** The token Trigger.dev hands HOSTED runs. */
export const GITHUB_HOSTED_TOKEN = "gho_e2eHostedToken0002";
/** The payload of the jobs below. */
export const repoPayload = { owner: "acme", repo: "app" };

/** The credential a request to the GitHub stand-in carried. */
export const githubCredentialOf = (request: RecordedRequest) =>
  request.headers.authorization?.replace(/^(token|bearer) /i, "");

/**
 * Defines `get-repo-local` (Github with a token) and `get-repo-hosted` (Github without one) on
 * `client`: each reads a repository through `io.github.runTask` with the raw Octokit.
 */
export function defineGithubJobs(client: TriggerClient, sdk: TriggerSdk, baseUrl: string): void {
  const integrations = {
    local: new Github({ id: "github", token: GITHUB_LOCAL_TOKEN, baseUrl }),
    hosted: new Github({ id: "github", baseUrl }),
  };
  for (const [auth, integration] of Object.entries(integrations)) {
    client.defineJob({
      id: `get-repo-${auth}`,
      name: `Get a repository (${auth})`,
      version: "1.0.0",
      trigger: sdk.eventTrigger({ name: "repo.requested" }),
      integrations: { github: integration },
      run: async (payload: typeof repoPayload, io) =>
        io.github.runTask(
          "get-repo",
          async (octokit) => {
            const { data } = await octokit.rest.repos.get({ owner: payload.owner, repo: payload.repo });
            return { fullName: data.full_name };
          },
          { name: "Get Repo", properties: [{ label: "Repo", text: `${payload.owner}/${payload.repo}` }] },
        ),
    });
  }
}

/** What a GitHub end-to-end test drives: a recording GitHub, the run harness and a client of one SDK. */
export interface GithubJobRun {
  readonly github: () => RecordingServer;
  readonly harness: RunHarness;
  readonly client: TriggerClient;
}

/** A recording GitHub that answers `response`, and the harness, for one describe block, with the jobs defined. */
export function useGithubJobRun(sdk: TriggerSdk, response: RecordedResponse): GithubJobRun {
  const github = useRecordingServer(response);
  const run = { github } as { github: () => RecordingServer; harness: RunHarness; client: TriggerClient };
  beforeAll(async () => {
    run.harness = await startRunHarness({ log: (line) => console.error(line) });
    run.client = new sdk.TriggerClient({ id: "e2e-github", ...run.harness.clientOptions });
    defineGithubJobs(run.client, sdk, github().url);
  });
  afterAll(() => run.harness.close());
  return run;
}
