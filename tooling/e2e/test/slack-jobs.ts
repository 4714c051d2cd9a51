import { Slack } from "@acme/slack";
import { type SlackStandIn, startSlackStandIn } from "@acme/slack-standin";
import { type RunHarness, startRunHarness } from "@acme/testing";
import type { TriggerClient } from "@trigger.dev/sdk";
import { afterAll, beforeAll, beforeEach } from "vitest";
import type { TriggerSdk } from "./trigger-sdks.js";

/** The token the LOCAL integration is created with. */
export const SLACK_LOCAL_TOKEN = "xoxb-e2e-local-0001";
/** The token Trigger.dev hands HOSTED runs. */
export const SLACK_HOSTED_TOKEN = "xoxp-e2e-hosted-0002";
/** The payload of the jobs below. */
export const announcement = { channel: "C0RELEASES", text: "v1.2.0 is out" };

/**
 * Defines `announce-local` (Slack with a token) and `announce-hosted` (Slack without one) on
 * `client`: each posts a message through `io.slack.runTask` with the raw WebClient.
 */
export function defineSlackJobs(client: TriggerClient, sdk: TriggerSdk, apiUrl: string): void {
  const integrations = {
    local: new Slack({ id: "slack", token: SLACK_LOCAL_TOKEN, baseUrl: apiUrl }),
    hosted: new Slack({ id: "slack", baseUrl: apiUrl }),
  };
  for (const [auth, integration] of Object.entries(integrations)) {
    client.defineJob({
      id: `announce-${auth}`,
      name: `Announce (${auth})`,
      version: "1.0.0",
      trigger: sdk.eventTrigger({ name: "release.published" }),
      integrations: { slack: integration },
      run: async (payload: typeof announcement, io) =>
        io.slack.runTask(
          "post",
          async (web) => {
            const response = await web.chat.postMessage({ channel: payload.channel, text: payload.text });
            return { channel: response.channel ?? null, ts: response.ts ?? null };
          },
          { name: "Post Message", properties: [{ label: "Channel", text: payload.channel }] },
        ),
    });
  }
}

/** What a Slack end-to-end test drives: the Slack stand-in, the run harness and a client of one SDK. */
export interface SlackJobRun {
  readonly slack: SlackStandIn;
  readonly harness: RunHarness;
  readonly client: TriggerClient;
}

/** Starts the stand-in and harness for one describe block, defines the jobs, resets Slack before each test. */
export function useSlackJobRun(sdk: TriggerSdk): SlackJobRun {
  const run = {} as { slack: SlackStandIn; harness: RunHarness; client: TriggerClient };
  beforeAll(async () => {
    run.slack = await startSlackStandIn();
    run.harness = await startRunHarness({ log: (line) => console.error(line) });
    run.client = new sdk.TriggerClient({ id: "e2e-slack", ...run.harness.clientOptions });
    defineSlackJobs(run.client, sdk, run.slack.apiUrl);
  });
  beforeEach(() => run.slack.reset());
  afterAll(async () => {
    await run.harness.close();
    await run.slack.close();
  });
  return run;
}
