import { executeJobOnce } from "@acme/integration-kit/testing";
import { slackEventCallback, slackEventsRequest } from "@acme/slack-standin";
import { TriggerClient } from "@trigger.dev/sdk";
import { describe, expect, expectTypeOf, it } from "vitest";
import { Slack } from "../src/index.js";

const SECRET = "trigger-test-signing-secret";
const API_KEY = "tr_dev_t";
const client = new TriggerClient({ id: "t", apiKey: API_KEY, apiUrl: "http://127.0.0.1:9" });
const events = new Slack({ id: "slack" }).events.endpoint(client, { id: "slack-events", signingSecret: SECRET });
const ran: string[] = [];
client.defineJob({
  id: "on-reaction",
  name: "On reaction",
  version: "1.0.0",
  trigger: events.on("reaction_added"),
  run: async (payload) => {
    ran.push(payload.event.reaction);
    return { reaction: payload.event.reaction };
  },
});
const reaction = slackEventCallback({
  type: "reaction_added",
  user: "U0FAN",
  reaction: "tada",
  item_user: "U0AUTHOR",
  item: { type: "message", channel: "C0GENERAL", ts: "1700000000.000200" },
  event_ts: "1700000001.000300",
});

/** What Trigger.dev stores for a request and hands to every execution of the run. */
async function stored(request: Request) {
  return {
    url: request.url,
    method: request.method,
    headers: Object.fromEntries(request.headers),
    rawBody: await request.text(),
  };
}

/**
 * Executes the `on-reaction` job once through the real SDK with `payload` as the stored request, as
 * Trigger.dev's EXECUTE_JOB does for a request it received at `receivedAt`.
 */
const execute = (payload: unknown, receivedAt: Date) =>
  executeJobOnce(client, {
    apiKey: API_KEY,
    jobId: "on-reaction",
    event: { name: "httpendpoint.slack-events", payload, timestamp: receivedAt },
  });

describe("slackEvents.on(type)", () => {
  it("parses the run's stored request into the typed envelope, without the verification token", async () => {
    const trigger = events.on("reaction_added");
    const payload = trigger.event.parsePayload(
      await stored(slackEventsRequest({ url: "https://x.test/", body: reaction, signingSecret: SECRET })),
    );
    expectTypeOf(payload.event.reaction).toEqualTypeOf<string>();
    expect(payload.event).toEqual(reaction.event);
    expect(payload).not.toHaveProperty("token");
    expect(trigger.event.runProperties?.(payload)).toEqual([
      { label: "Event", text: "reaction_added" },
      { label: "Team", text: "T0STANDIN" },
      { label: "User", text: "U0FAN" },
    ]);
    expect(await trigger.verifyPayload(payload)).toEqual({ success: true });
  });

  it("runs a job whose request was received fresh, however much later the run is executed", async () => {
    ran.length = 0;
    const signedAt = Math.floor(Date.now() / 1000) - 3600;
    const request = slackEventsRequest({
      url: "https://x.test/",
      body: reaction,
      signingSecret: SECRET,
      timestamp: signedAt,
    });
    expect(await execute(await stored(request), new Date((signedAt + 5) * 1000))).toMatchObject({
      status: "SUCCESS",
      output: { reaction: "tada" },
    });
    expect(ran).toEqual(["tada"]);
  });

  it("refuses, before the job runs, a stored request that arrived stale, in another method, unsigned or forged", async () => {
    ran.length = 0;
    const signedAt = Math.floor(Date.now() / 1000);
    const signed = () =>
      slackEventsRequest({ url: "https://x.test/", body: reaction, signingSecret: SECRET, timestamp: signedAt });
    const put = async () => ({ ...(await stored(signed())), method: "PUT" });
    const cases: Array<[string, () => Promise<unknown>, number, string]> = [
      ["received an hour after signing", async () => stored(signed()), 3600, "stale-timestamp"],
      ["received 30 days after signing", async () => stored(signed()), 30 * 86_400, "stale-timestamp"],
      ["replayed as PUT at once", put, 0, "method-not-allowed"],
      [
        "unsigned",
        async () => stored(slackEventsRequest({ url: "https://x.test/", body: reaction, timestamp: signedAt })),
        0,
        "missing-signature",
      ],
      [
        "forged",
        async () =>
          stored(
            slackEventsRequest({
              url: "https://x.test/",
              body: reaction,
              signingSecret: "forged",
              timestamp: signedAt,
            }),
          ),
        0,
        "signature-mismatch",
      ],
    ];
    for (const [label, payload, delay, reason] of cases) {
      const result = await execute(await payload(), new Date((signedAt + delay) * 1000));
      expect([label, result.status, result.error?.message]).toEqual([
        label,
        "ERROR",
        expect.stringMatching(
          new RegExp(
            `^Slack integration \\(slack\\), HTTP endpoint "slack-events": Slack webhook rejected \\(${reason}\\)`,
          ),
        ),
      ]);
      expect(JSON.stringify(result)).not.toContain(SECRET);
    }
    expect(ran).toEqual([]);
  });

  it("verifyPayload refuses a payload that did not come from a stored request", async () => {
    const trigger = events.on("reaction_added");
    expect(await trigger.verifyPayload({ ...reaction } as never)).toMatchObject({
      success: false,
      reason: expect.stringMatching(/did not come from a request to the endpoint/),
    });
  });

  it("refuses a stored request of another event type or another shape", async () => {
    const trigger = events.on("app_mention");
    const request = slackEventsRequest({ url: "https://x.test/", body: reaction, signingSecret: SECRET });
    expect(trigger.event.parsePayload.bind(null, await stored(request))).toThrow(
      /expected a app_mention event, got reaction_added/,
    );
    expect(() => trigger.event.parsePayload({ foo: "bar" })).toThrow(/not the HTTP request Trigger.dev stores/);
  });

  it("filters on the method and the event type, plus a body filter of your own", () => {
    const trigger = events.on("message", { filter: { event: { channel: ["C0DEPLOYS"] }, team_id: ["T1"] } });
    expect(trigger.toJSON()).toMatchObject({
      type: "static",
      rule: {
        event: "httpendpoint.slack-events",
        source: "slack.com",
        payload: {
          method: ["POST"],
          body: { team_id: ["T1"], type: ["event_callback"], event: { channel: ["C0DEPLOYS"], type: ["message"] } },
        },
      },
    });
    expect(trigger.type).toBe("message");
    expect(trigger.preprocessRuns).toBe(false);
  });
});
