import { slackEventCallback, slackEventsRequest } from "@acme/slack-standin";
import { TriggerClient } from "@trigger.dev/sdk";
import { describe, expect, expectTypeOf, it } from "vitest";
import { Slack } from "../src/index.js";

const SECRET = "trigger-test-signing-secret";
const events = new Slack({ id: "slack" }).events.endpoint(new TriggerClient({ id: "t", apiKey: "tr_dev_t" }), {
  id: "slack-events",
  signingSecret: SECRET,
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

  it("still verifies a run re-executed an hour after delivery (freshness was judged on arrival)", async () => {
    const trigger = events.on("reaction_added");
    const timestamp = Math.floor(Date.now() / 1000) - 3600;
    const request = slackEventsRequest({ url: "https://x.test/", body: reaction, signingSecret: SECRET, timestamp });
    expect(await trigger.verifyPayload(trigger.event.parsePayload(await stored(request)))).toEqual({ success: true });
  });

  it("fails verification of a stored request that is unsigned or forged, naming why", async () => {
    const trigger = events.on("reaction_added");
    for (const request of [
      slackEventsRequest({ url: "https://x.test/", body: reaction }),
      slackEventsRequest({ url: "https://x.test/", body: reaction, signingSecret: "forged" }),
    ]) {
      const result = await trigger.verifyPayload(trigger.event.parsePayload(await stored(request)));
      expect(result).toMatchObject({
        success: false,
        reason: expect.stringMatching(/^Slack integration \(slack\), HTTP endpoint "slack-events"/),
      });
      expect(JSON.stringify(result)).not.toContain(SECRET);
    }
    expect(await trigger.verifyPayload({ ...reaction } as never)).toMatchObject({ success: false });
  });

  it("refuses a stored request of another event type or another shape", async () => {
    const trigger = events.on("app_mention");
    const request = slackEventsRequest({ url: "https://x.test/", body: reaction, signingSecret: SECRET });
    expect(trigger.event.parsePayload.bind(null, await stored(request))).toThrow(
      /expected a app_mention event, got reaction_added/,
    );
    expect(() => trigger.event.parsePayload({ foo: "bar" })).toThrow(/not the HTTP request Trigger.dev stores/);
  });

  it("adds a body filter of your own to the event type", () => {
    const trigger = events.on("message", { filter: { event: { channel: ["C0DEPLOYS"] }, team_id: ["T1"] } });
    expect(trigger.toJSON()).toMatchObject({
      type: "static",
      rule: {
        event: "httpendpoint.slack-events",
        source: "slack.com",
        payload: {
          body: { team_id: ["T1"], type: ["event_callback"], event: { channel: ["C0DEPLOYS"], type: ["message"] } },
        },
      },
    });
    expect(trigger.type).toBe("message");
    expect(trigger.preprocessRuns).toBe(false);
  });
});
