import { readFileSync } from "node:fs";
import { afterAll, describe, expect, expectTypeOf, it } from "vitest";
import { parseSlackEventsRequest, type SlackEventEnvelope, type SlackEventOf } from "../src/index.js";

type Json = Record<string, unknown>;
const fixture = (name: string) =>
  JSON.parse(readFileSync(new URL(`./fixtures/events-api/${name}`, import.meta.url), "utf8")) as Json;

/** Every example payload in Slack's Events API description, wherever it sits (`examples` or `x-examples`). */
function slackExamples(): Array<[string, Json]> {
  const wrapper = fixture("slack_common_event_wrapper_schema.json");
  const asyncApi = fixture("slack_events_api_async_v1.json");
  const generic = (asyncApi.components as { schemas: { GenericEventWrapper: Json } }).schemas.GenericEventWrapper;
  const envelopes = [...(wrapper.examples as Json[]), ...(generic["x-examples"] as Json[])];
  // Examples of the bare event are wrapped in an envelope made of the schema's own field examples.
  const fieldExample = (schema: Json, field: string) =>
    ((schema.properties as Record<string, Json>)[field]?.["x-examples"] ??
      (schema.properties as Record<string, Json>)[field]?.examples) as unknown[];
  const bareEvents = [...fieldExample(wrapper, "event"), ...fieldExample(generic, "event")] as Json[];
  for (const event of bareEvents) {
    envelopes.push({
      token: "XXYYZZ",
      team_id: fieldExample(generic, "team_id")[0],
      api_app_id: fieldExample(generic, "api_app_id")[0],
      event,
      type: fieldExample(generic, "type")[0],
      event_id: fieldExample(generic, "event_id")[0],
      event_time: fieldExample(generic, "event_time")[0],
    });
  }
  // Both files carry the same examples, one with sorted keys: compare them canonically.
  const canonical = (value: unknown): unknown =>
    Array.isArray(value)
      ? value.map(canonical)
      : value !== null && typeof value === "object"
        ? Object.fromEntries(
            Object.keys(value)
              .sort()
              .map((key) => [key, canonical((value as Json)[key])]),
          )
        : value;
  const unique = new Map(envelopes.map((envelope) => [JSON.stringify(canonical(envelope)), envelope]));
  return [...unique.values()].map((envelope) => [(envelope.event as Json).type as string, envelope]);
}

const examples = slackExamples();
const parsed: string[] = [];
afterAll(() => {
  console.log(`Slack Events API examples: ${parsed.length} of ${examples.length} parsed (${parsed.join(", ")})`);
});

describe("Slack's published Events API examples", () => {
  it("finds the examples for message and reaction_added, and every distinct one", () => {
    expect(examples.map(([type]) => type)).toEqual(expect.arrayContaining(["message", "reaction_added"]));
    expect(examples.length).toBe(3);
  });

  it.each(examples)("parses the %s example into its typed envelope, without the verification token", (type, raw) => {
    const request = parseSlackEventsRequest(JSON.stringify(raw));
    expect(request.type).toBe("event_callback");
    const envelope = request as SlackEventEnvelope;
    expect(envelope.event.type).toBe(type);
    expect(envelope).toEqual(Object.fromEntries(Object.entries(raw).filter(([key]) => key !== "token")));
    expect(JSON.stringify(envelope)).not.toContain("XXYYZZ");
    parsed.push(type);
  });

  it("types the events by their type", () => {
    const [, raw] = examples.find(([type]) => type === "reaction_added") as [string, Json];
    const envelope = parseSlackEventsRequest(JSON.stringify(raw)) as SlackEventEnvelope<SlackEventOf<"reaction_added">>;
    expectTypeOf(envelope.event.reaction).toEqualTypeOf<string>();
    expectTypeOf(envelope.event.item.channel).toEqualTypeOf<string>();
    expect(envelope.event).toMatchObject({ reaction: "thumbsup", item: { type: "message", channel: "C0G9QF9GZ" } });
  });
});

describe("parseSlackEventsRequest on what Slack would not send", () => {
  const envelope = (event: Json) => ({
    type: "event_callback",
    team_id: "T1",
    api_app_id: "A1",
    event_id: "Ev1",
    event_time: 1,
    event,
  });
  const cases: Array<[string, string]> = [
    ["an empty body", ""],
    ["a body that is not JSON", "token=abc&team_id=T1"],
    ["a JSON array", "[]"],
    ["JSON null", "null"],
    ["an unknown request type", JSON.stringify({ type: "block_actions" })],
    ["a url_verification without its challenge", JSON.stringify({ type: "url_verification" })],
    ["an event_callback without event_id", JSON.stringify({ ...envelope({ type: "message" }), event_id: undefined })],
    ["an event_callback whose event_time is a string", JSON.stringify({ ...envelope({ type: "x" }), event_time: "1" })],
    ["an event without a type", JSON.stringify(envelope({ channel: "C1" }))],
    ["an app_mention without text", JSON.stringify(envelope({ type: "app_mention", channel: "C1", ts: "1.0" }))],
    [
      "a reaction_added without its item",
      JSON.stringify(envelope({ type: "reaction_added", user: "U1", reaction: "+1" })),
    ],
    [
      "a member_joined_channel without a channel",
      JSON.stringify(envelope({ type: "member_joined_channel", user: "U1" })),
    ],
  ];
  it.each(cases)("refuses %s with a WebhookRejectedError", (_, body) => {
    expect(() => parseSlackEventsRequest(body)).toThrow(
      expect.objectContaining({
        name: "WebhookRejectedError",
        code: "WEBHOOK_REJECTED",
        reason: "malformed-payload",
        status: 400,
      }),
    );
    expect(() => parseSlackEventsRequest(body, "slack-main")).toThrow(
      /^Slack integration \(slack-main\): Slack webhook rejected \(malformed-payload\): Events API request is malformed: /,
    );
  });

  it("reads url_verification and app_rate_limited requests", () => {
    expect(parseSlackEventsRequest(JSON.stringify({ token: "t", challenge: "c-1", type: "url_verification" }))).toEqual(
      {
        type: "url_verification",
        challenge: "c-1",
      },
    );
    const limited = { type: "app_rate_limited", team_id: "T1", minute_rate_limited: 1518467820, api_app_id: "A1" };
    expect(parseSlackEventsRequest(JSON.stringify(limited))).toEqual(limited);
  });
});
