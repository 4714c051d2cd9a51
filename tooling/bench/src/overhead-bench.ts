import { Github } from "@acme/github";
import { Slack } from "@acme/slack";
import { WebClient } from "@slack/web-api";
import { Github as TriggerGithub } from "@trigger.dev/github";
import { Octokit } from "octokit";
import { benchIO, inMemoryFetch } from "./bench-io.js";
import { startLoopbackServer } from "./loopback-server.js";
import { compareOps } from "./measure.js";

const io = benchIO();
const issue = { owner: "acme", repo: "app", issue_number: 1 };
const auth = { type: "oauth2" as const, accessToken: "xoxb-bench-token" };
const message = { channel: "C1", text: "bench" };
const slackAnswer = JSON.stringify({ ok: true, channel: "C1", ts: "1.0", message: { text: "bench" } });
const slackInMemory = async () => new Response(slackAnswer, { headers: { "content-type": "application/json" } });
const gh = (fetch: typeof globalThis.fetch) => ({ fetch });

/** What one task costs over the direct call: extra µs per call, and that as a share of a loopback round trip. */
export interface Overhead {
  readonly extraMicros: number;
  readonly roundTripMicros: number;
  readonly share: number;
}

/**
 * Task overhead, measured where it can be seen: the task (clone included, as the SDK does) and the
 * direct vendor call both answered in memory, so the difference is our code's CPU time, paired
 * round by round; then set against the direct call's round trip to a loopback server in its own
 * process. (Timing both against the loopback server directly buries a few µs in ±10% of noise.)
 */
export async function measureTaskOverhead() {
  const token = "ghp_bench_token";
  const plain = { retry: { enabled: false }, throttle: { enabled: false } };
  const ours = new Github({ id: "github", token, octokitRequest: gh(inMemoryFetch) });
  const theirs = new TriggerGithub({ id: "github", token, octokitRequest: gh(inMemoryFetch) });
  const direct = new Octokit({ auth: token, request: gh(inMemoryFetch), ...plain });
  const github = await compareOps(
    {
      ours: () => ours.cloneForRun(io, "github").runTask("get", async (o) => (await o.rest.issues.get(issue)).data),
      theirs: () => theirs.cloneForRun(io, "github").runTask("get", async (o) => (await o.rest.issues.get(issue)).data),
      direct: async () => (await direct.rest.issues.get(issue)).data,
    },
    { rounds: 15, roundMs: 150 },
  );
  const oursSlack = new Slack({ id: "slack", fetch: slackInMemory });
  // The earlier @trigger.dev/slack takes no fetch or base URL, so it has no row here. The direct
  // client has Slack's defaults with retries off: the request timeout @acme/slack sets counts.
  const directSlack = new WebClient(auth.accessToken, { fetch: slackInMemory, retryConfig: { retries: 0 } });
  const slack = await compareOps(
    {
      ours: () =>
        oursSlack
          .cloneForRun(io, "slack", auth)
          .runTask("post", async (c) => (await c.chat.postMessage(message)).ts ?? null),
      direct: async () => (await directSlack.chat.postMessage(message)).ts,
    },
    { rounds: 15, roundMs: 150 },
  );

  const server = await startLoopbackServer();
  try {
    const aimed = (url: string, init: RequestInit) => fetch(url.replace("https://api.github.com", server.url), init);
    const octokit = new Octokit({ auth: token, request: gh(aimed as typeof fetch), ...plain });
    const webClient = new WebClient(auth.accessToken, {
      slackApiUrl: `${server.url}/api/`,
      retryConfig: { retries: 0 },
    });
    const loopback = await compareOps(
      { github: () => octokit.rest.issues.get(issue), slack: () => webClient.chat.postMessage(message) },
      { rounds: 7, roundMs: 300 },
    );
    const overhead = (perSecond: number, ratio: number, roundTripPerSecond: number): Overhead => {
      const extraMicros = ((ratio - 1) * 1e6) / perSecond;
      const roundTripMicros = 1e6 / roundTripPerSecond;
      return { extraMicros, roundTripMicros, share: extraMicros / roundTripMicros };
    };
    return {
      github: overhead(github.direct, github.ratio("direct", "ours"), loopback.github),
      githubTheirs: overhead(github.direct, github.ratio("direct", "theirs"), loopback.github),
      slack: overhead(slack.direct, slack.ratio("direct", "ours"), loopback.slack),
    };
  } finally {
    server.close();
  }
}
