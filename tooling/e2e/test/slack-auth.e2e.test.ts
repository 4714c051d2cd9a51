import { inspect } from "node:util";
import { describe, expect, it } from "vitest";
import { announcement, SLACK_HOSTED_TOKEN, SLACK_LOCAL_TOKEN, useSlackJobRun } from "./slack-jobs.js";
import { triggerSdks } from "./trigger-sdks.js";

describe.each(triggerSdks)("Slack auth in a job run by $alias $version", (sdk) => {
  const run = useSlackJobRun(sdk);

  it("LOCAL: io.slack.runTask hands the task the raw WebClient, authenticated with the token option", async () => {
    const result = await run.harness.runJob(run.client, "announce-local", announcement, {
      connections: { slack: SLACK_HOSTED_TOKEN },
    });
    expect(result.status).toBe("SUCCESS");
    expect(result.output).toMatchObject({ channel: "C0RELEASES" });
    expect(result.unknownRequests).toEqual([]);
    expect(run.slack.requests.map((r) => [r.method, r.params.channel, r.token])).toEqual([
      ["chat.postMessage", "C0RELEASES", SLACK_LOCAL_TOKEN],
    ]);
    expect(result.tasks[0]).toMatchObject({ name: "Post Message", icon: "slack", connectionKey: "slack" });
  });

  it("HOSTED: authenticates with the connection Trigger.dev supplies for the run", async () => {
    const result = await run.harness.runJob(run.client, "announce-hosted", announcement, {
      connections: { slack: { type: "oauth2", accessToken: SLACK_HOSTED_TOKEN, scopes: ["chat:write"] } },
    });
    expect(result.status).toBe("SUCCESS");
    expect(run.slack.requests.map((r) => r.token)).toEqual([SLACK_HOSTED_TOKEN]);
    expect(inspect(result, { depth: 12 })).not.toContain(SLACK_HOSTED_TOKEN);
  });

  it("HOSTED without a connection: the run ends in UNRESOLVED_AUTH_ERROR before any task", async () => {
    const result = await run.harness.runJob(run.client, "announce-hosted", announcement);
    expect(result.status).toBe("UNRESOLVED_AUTH_ERROR");
    expect(result.issues?.slack?.id).toBe("slack");
    expect(result.tasks).toEqual([]);
    expect(run.slack.requests).toEqual([]);
  });
});
