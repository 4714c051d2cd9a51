import { Github } from "@acme/github";
import { Slack } from "@acme/slack";
import { Github as TriggerGithub } from "@trigger.dev/github";
import { Slack as TriggerSlack } from "@trigger.dev/slack";
import { Octokit } from "octokit";
import { benchIO, inMemoryFetch } from "./bench-io.js";
import { compareOps } from "./measure.js";

const io = benchIO();
const issue = { owner: "acme", repo: "app", issue_number: 1 };
const slackAuth = { type: "oauth2" as const, accessToken: "xoxb-bench-token" };

/**
 * The SDK's real pattern: every `io.github` access clones the integration, then a task runs. The
 * task's request is answered in memory, so what is measured is integration code, not a socket.
 */
export async function measureCloneAndFirstTask() {
  const request = { fetch: inMemoryFetch };
  const ours = new Github({ id: "github", token: "ghp_bench_token", octokitRequest: request });
  const theirs = new TriggerGithub({ id: "github", token: "ghp_bench_token", octokitRequest: request });
  const prebuilt = new Octokit({
    auth: "ghp_bench_token",
    request,
    retry: { enabled: false },
    throttle: { enabled: false },
  });
  const github = await compareOps({
    ours: () =>
      ours.cloneForRun(io, "github").runTask("get", async (o) => (await o.rest.issues.get(issue)).data.number),
    theirs: () =>
      theirs.cloneForRun(io, "github").runTask("get", async (o) => (await o.rest.issues.get(issue)).data.number),
    floor: () => ({ io, connectionKey: "github", client: prebuilt }).client.rest.issues.get(issue),
  });

  const oursSlack = new Slack({ id: "slack" });
  const theirsSlack = new TriggerSlack({ id: "slack" });
  const slack = await compareOps({
    ours: () => oursSlack.cloneForRun(io, "slack", slackAuth).runTask("k", async (c) => c.token?.length ?? 0),
    theirs: () => theirsSlack.cloneForRun(io, "slack", slackAuth).runTask("k", async (c) => c.token?.length ?? 0),
    floor: () => ({ io, connectionKey: "slack", auth: slackAuth }).auth.accessToken.length,
  });
  return { github, slack };
}
