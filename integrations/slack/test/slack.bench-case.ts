import { createHmac, timingSafeEqual } from "node:crypto";
import type * as WebApi from "@slack/web-api";
import type * as TriggerSlack from "@trigger.dev/slack";
import type { BenchCase, BenchEnv } from "../../../tooling/bench/bench-case.js";
import type * as Slack from "../src/index.js";

const message = { channel: "C0123456789", text: "bench" };
const hostedAuth = (accessToken: string) => ({ type: "oauth2" as const, accessToken });
const v0 = (secret: string, timestamp: string, body: string) =>
  `v0=${createHmac("sha256", secret).update(`v0:${timestamp}:${body}`).digest("hex")}`;

/** The axios instance inside @trigger.dev/slack's WebClient 6, which takes neither a fetch nor an API root. */
interface AxiosWebClient {
  axios: { defaults: { baseURL?: string; adapter?: (config: unknown) => Promise<unknown> } };
}

/**
 * Aims the WebClient a clone of @trigger.dev/slack builds (at `slack.com`) at the bench: its axios
 * instance gets the loopback server as base URL, or an adapter answering in memory. Its own
 * request pipeline (serialisation, queue, response checks) still runs.
 */
function aim(clone: TriggerSlack.Slack, env: BenchEnv): TriggerSlack.Slack {
  const { axios } = (clone as unknown as { _client: AxiosWebClient })._client;
  if (env.mode === "loopback") axios.defaults.baseURL = `${env.baseUrl}/api/`;
  else {
    // The response shape axios' own http adapter returns, as far as WebClient 6 reads it.
    const response = { data: env.answer, status: 200, statusText: "OK", headers: {}, request: { path: "/api/" } };
    axios.defaults.adapter = async (config) => ({ ...response, config });
  }
  return clone;
}

/** `pnpm bench` for Slack: `postMessage` against @trigger.dev/slack and WebClient, and request signatures. */
const slackBench: BenchCase<typeof Slack, typeof TriggerSlack, typeof WebApi> = {
  name: "Slack",
  answer: { ok: true, channel: message.channel, ts: "1700000000.000100", message: { text: message.text } },
  ours: {
    package: "@acme/slack",
    task: ({ Slack }, env) => {
      const slack = new Slack({ id: "slack", baseUrl: `${env.baseUrl}/api/`, fetch: env.fetch });
      return (token) => slack.cloneForRun(env.io, "slack", hostedAuth(token)).postMessage("post", message);
    },
  },
  theirs: {
    package: "@trigger.dev/slack",
    task: ({ Slack }, env) => {
      const slack = new Slack({ id: "slack" });
      return (token) => aim(slack.cloneForRun(env.io, "slack", hostedAuth(token)), env).postMessage("post", message);
    },
  },
  vendor: {
    package: "@slack/web-api",
    task: ({ WebClient }, env) => {
      const client = new WebClient("xoxb-bench-token", {
        slackApiUrl: `${env.baseUrl}/api/`,
        fetch: env.fetch,
        retryConfig: { retries: 0 },
      });
      return () => client.chat.postMessage(message);
    },
  },
  webhook: {
    scheme: "slackSignatureScheme",
    sign: ({ secret, rawBody, now }) => {
      const timestamp = String(Math.floor(now / 1000));
      return { "x-slack-request-timestamp": timestamp, "x-slack-signature": v0(secret, timestamp, rawBody) };
    },
    // Slack publishes no verifier in @slack/web-api: its documented recipe, with node:crypto, is the bar.
    floor: ({ secret, rawBody, headers, now }) => {
      const timestamp = headers["x-slack-request-timestamp"] ?? "";
      if (Math.abs(now / 1000 - Number(timestamp)) > 300) return false;
      const received = Buffer.from(headers["x-slack-signature"] ?? "");
      const expected = Buffer.from(v0(secret, timestamp, rawBody));
      return received.length === expected.length && timingSafeEqual(received, expected);
    },
  },
};

export default slackBench;
