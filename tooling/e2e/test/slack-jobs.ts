import { Slack } from "@acme/slack";
import type { TriggerClient } from "@trigger.dev/sdk";
import { type SlackRun, useSlackRun } from "./support/use-slack-run.js";
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

/** Starts the stand-in and harness for one describe block with the jobs above defined, resetting Slack before each test. */
export function useSlackJobRun(sdk: TriggerSdk): SlackRun {
  return useSlackRun(sdk, { clientId: "e2e-slack", define: (client, apiUrl) => defineSlackJobs(client, sdk, apiUrl) });
}
