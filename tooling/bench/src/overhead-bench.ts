import { Github } from "@acme/github";
import { Slack } from "@acme/slack";
import { WebClient } from "@slack/web-api";
import { Github as TriggerGithub } from "@trigger.dev/github";
import { Octokit } from "octokit";
import { benchIO } from "./bench-io.js";
import { startLoopbackServer } from "./loopback-server.js";
import { compareOps } from "./measure.js";

const io = benchIO();
const issue = { owner: "acme", repo: "app", issue_number: 1 };

/** A task (clone included, as the SDK does) against the same loopback server as the direct vendor call. */
export async function measureTaskOverhead() {
  const server = await startLoopbackServer();
  try {
    const token = "ghp_bench_token";
    // The earlier package takes no baseUrl: all three send to api.github.com through the same
    // fetch, which re-aims each request at the loopback server.
    const request = {
      fetch: (url: string, init: RequestInit) => fetch(url.replace("https://api.github.com", server.url), init),
    };
    const ours = new Github({ id: "github", token, octokitRequest: request });
    const theirs = new TriggerGithub({ id: "github", token, octokitRequest: request });
    const direct = new Octokit({ auth: token, request, retry: { enabled: false }, throttle: { enabled: false } });
    const github = await compareOps(
      {
        ours: () => ours.cloneForRun(io, "github").runTask("get", async (o) => (await o.rest.issues.get(issue)).data),
        theirs: () =>
          theirs.cloneForRun(io, "github").runTask("get", async (o) => (await o.rest.issues.get(issue)).data),
        direct: async () => (await direct.rest.issues.get(issue)).data,
      },
      { rounds: 11, roundMs: 300 },
    );

    const slackApiUrl = `${server.url}/api/`;
    const auth = { type: "oauth2" as const, accessToken: "xoxb-bench-token" };
    const oursSlack = new Slack({ id: "slack", baseUrl: slackApiUrl });
    // The earlier @trigger.dev/slack cannot be pointed at another host, so it has no row here.
    const directSlack = new WebClient(auth.accessToken, { slackApiUrl, retryConfig: { retries: 0 } });
    const message = { channel: "C1", text: "bench" };
    const slack = await compareOps(
      {
        ours: () =>
          oursSlack
            .cloneForRun(io, "slack", auth)
            .runTask("post", async (c) => (await c.chat.postMessage(message)).ts ?? null),
        direct: async () => (await directSlack.chat.postMessage(message)).ts,
      },
      { rounds: 11, roundMs: 300 },
    );
    return { github, slack };
  } finally {
    server.close();
  }
}
