import { describe, expect, it } from "vitest";
import { slackEventCallback, slackEventsRequest, slackRequestSignature } from "../src/index.js";

describe("slackEventsRequest", () => {
  it("computes Slack's documented example signature", () => {
    const body =
      "token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c";
    expect(slackRequestSignature("8f742231b10e8888abcd99yyyzzz85a5", 1531420618, body)).toBe(
      "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503",
    );
  });

  it("signs the exact body it sends, and sends no signature without a secret", async () => {
    const body = slackEventCallback({ type: "app_mention", text: "hi", channel: "C1", ts: "1.2", event_ts: "1.2" });
    const signed = slackEventsRequest({ url: "http://127.0.0.1/slack", body, signingSecret: "s3cret", timestamp: 42 });
    const raw = await signed.clone().text();
    expect(JSON.parse(raw)).toEqual(body);
    expect(signed.headers.get("x-slack-signature")).toBe(slackRequestSignature("s3cret", 42, raw));
    expect(signed.headers.get("content-type")).toBe("application/json");
    const unsigned = slackEventsRequest({ url: "http://127.0.0.1/slack", body, retryNum: 1 });
    expect(unsigned.headers.has("x-slack-signature")).toBe(false);
    expect(unsigned.headers.get("x-slack-retry-num")).toBe("1");
  });

  it("gives each event callback its own id", () => {
    const event = { type: "reaction_added" };
    expect(slackEventCallback(event).event_id).not.toBe(slackEventCallback(event).event_id);
  });
});
