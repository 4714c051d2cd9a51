import { inspect } from "node:util";
import { type SlackStandIn, startSlackStandIn } from "@acme/slack-standin";
import { type RunHarness, startRunHarness } from "@acme/testing";
import type { TriggerClient } from "@trigger.dev/sdk";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { announcement, defineSlackJobs, SLACK_HOSTED_TOKEN, SLACK_LOCAL_TOKEN } from "./slack-jobs.js";
import { triggerSdks } from "./trigger-sdks.js";

describe.each(triggerSdks)("Slack auth in a job run by $alias $version", (sdk) => {
  let slack: SlackStandIn;
  let harness: RunHarness;
  let client: TriggerClient;

  beforeAll(async () => {
    slack = await startSlackStandIn();
    harness = await startRunHarness({ log: (line) => console.error(line) });
    client = new sdk.TriggerClient({ id: "e2e-slack", ...harness.clientOptions });
    defineSlackJobs(client, sdk, slack.apiUrl);
  });
  beforeEach(() => slack.reset());
  afterAll(async () => {
    await harness.close();
    await slack.close();
  });

  it("LOCAL: io.slack.runTask hands the task the raw WebClient, authenticated with the token option", async () => {
    const result = await harness.runJob(client, "announce-local", announcement, {
      connections: { slack: SLACK_HOSTED_TOKEN },
    });
    expect(result.status).toBe("SUCCESS");
    expect(result.output).toMatchObject({ channel: "C0RELEASES" });
    expect(result.unknownRequests).toEqual([]);
    expect(slack.requests.map((r) => [r.method, r.params.channel, r.token])).toEqual([
      ["chat.postMessage", "C0RELEASES", SLACK_LOCAL_TOKEN],
    ]);
    expect(result.tasks[0]).toMatchObject({ name: "Post Message", icon: "slack", connectionKey: "slack" });
  });

  it("HOSTED: authenticates with the connection Trigger.dev supplies for the run", async () => {
    const result = await harness.runJob(client, "announce-hosted", announcement, {
      connections: { slack: { type: "oauth2", accessToken: SLACK_HOSTED_TOKEN, scopes: ["chat:write"] } },
    });
    expect(result.status).toBe("SUCCESS");
    expect(slack.requests.map((r) => r.token)).toEqual([SLACK_HOSTED_TOKEN]);
    expect(inspect(result, { depth: 12 })).not.toContain(SLACK_HOSTED_TOKEN);
  });

  it("HOSTED without a connection: the run ends in UNRESOLVED_AUTH_ERROR before any task", async () => {
    const result = await harness.runJob(client, "announce-hosted", announcement);
    expect(result.status).toBe("UNRESOLVED_AUTH_ERROR");
    expect(result.issues?.slack?.id).toBe("slack");
    expect(result.tasks).toEqual([]);
    expect(slack.requests).toEqual([]);
  });
});
