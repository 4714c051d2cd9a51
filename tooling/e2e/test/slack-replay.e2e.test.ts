import { Slack } from "@acme/slack";
import { slackEventsRequest } from "@acme/slack-standin";
import { deliverHttpEndpointRequest, type StoredHttpRequest } from "@acme/testing";
import type { TriggerClient } from "@trigger.dev/sdk";
import { describe, expect, it } from "vitest";
import { appMention, reactionAdded } from "./support/slack-event-bodies.js";
import { useSlackRun } from "./support/use-slack-run.js";
import { triggerSdks } from "./trigger-sdks.js";

const SIGNING_SECRET = "e2e-slack-replay-secret-0005";
const TOKEN = "xoxb-e2e-replay-0006";
const URL_ = "https://cloud.trigger.test/api/v1/http-endpoints/slack-events";
const ENDPOINT = "slack-events";
const HOUR = 3_600_000;
const AGES: ReadonlyArray<[string, number]> = [
  ["1 hour", HOUR],
  ["1 day", 24 * HOUR],
  ["30 days", 30 * 24 * HOUR],
];
const REPLAY_METHODS = ["PUT", "PATCH", "DELETE"] as const;

const mention = () => appMention("<@U0BOT> rotate the keys");

/** The same request with another method, as a replay from a log, a proxy or a HAR file would send it. */
async function resend(request: Request, method: string): Promise<Request> {
  return new Request(request.url, { method, headers: request.headers, body: await request.clone().text() });
}

/** What Trigger.dev would store for `request`. */
async function stored(request: Request, method = request.method): Promise<StoredHttpRequest> {
  return { url: request.url, method, headers: Object.fromEntries(request.headers), rawBody: await request.text() };
}

/**
 * Defines on `client` the Slack endpoint and two jobs: `answer-mention` replies in
 * Slack (so a run that should not have happened leaves a message), `react-later` waits two hours
 * before replying (so its run is re-executed long after the request arrived).
 */
function defineReplayTarget(client: TriggerClient, apiUrl: string): void {
  const slack = new Slack({ id: "slack", token: TOKEN, baseUrl: apiUrl });
  const events = slack.events.endpoint(client, { id: ENDPOINT, signingSecret: SIGNING_SECRET });
  client.defineJob({
    id: "answer-mention",
    name: "Answer a mention",
    version: "1.0.0",
    trigger: events.on("app_mention"),
    integrations: { slack },
    run: async (payload, io) => {
      await io.slack.chat.postMessage("reply", { channel: payload.event.channel, text: "Rotating." });
      return { eventId: payload.event_id };
    },
  });
  client.defineJob({
    id: "react-later",
    name: "React later",
    version: "1.0.0",
    trigger: events.on("reaction_added"),
    integrations: { slack },
    run: async (payload, io, ctx) => {
      await io.wait("two hours", 2 * 3600);
      await io.slack.chat.postMessage("follow-up", { channel: payload.event.item.channel, text: "Seen." });
      return { receivedAt: ctx.event.timestamp.toISOString() };
    },
  });
}

describe.each(triggerSdks)("Slack replays through $alias $version", (sdk) => {
  // A harness per test: its virtual clock starts at wall-clock time, which the endpoint's answer uses.
  const e2e = useSlackRun(sdk, {
    clientId: "e2e-slack-replay",
    define: (client, apiUrl) => defineReplayTarget(client, apiUrl),
    harnessPer: "test",
  });

  const deliver = (request: Request) =>
    deliverHttpEndpointRequest(e2e.harness, e2e.client, { endpointId: ENDPOINT, request });
  const signedAt = (msAgo: number) =>
    slackEventsRequest({
      url: URL_,
      body: mention(),
      signingSecret: SIGNING_SECRET,
      timestamp: Math.floor((e2e.harness.clock.now() - msAgo) / 1000),
    });

  it("a fresh signed POST runs its job exactly once", async () => {
    const delivery = await deliver(signedAt(0));
    expect(delivery.response.status).toBe(200);
    expect(delivery.runs.map((run) => [run.job.id, run.status, run.executions])).toEqual([
      ["answer-mention", "SUCCESS", 1],
    ]);
    expect(e2e.slack.requests.map((request) => request.method)).toEqual(["chat.postMessage"]);
  });

  it.each(AGES)(
    "a signed event replayed as PUT, PATCH or DELETE %s later gets 405 and runs nothing",
    async (_, age) => {
      for (const method of REPLAY_METHODS) {
        const delivery = await deliver(await resend(signedAt(age), method));
        expect([method, delivery.response.status, delivery.response.headers.allow, delivery.runs]).toEqual([
          method,
          405,
          "POST",
          [],
        ]);
        expect(JSON.parse(delivery.response.body)).toMatchObject({ ok: false, error: "method-not-allowed" });
        expect(delivery.event).toBeUndefined();
      }
      expect(e2e.slack.requests).toEqual([]);
    },
  );

  it("unsigned PUT, PATCH, DELETE and GET get 405 and create no run", async () => {
    const unsigned = slackEventsRequest({ url: URL_, body: mention() });
    for (const method of [...REPLAY_METHODS, "GET"]) {
      const request =
        method === "GET" ? new Request(URL_, { method, headers: unsigned.headers }) : await resend(unsigned, method);
      const delivery = await deliver(request);
      expect([method, delivery.response.status, delivery.response.headers.allow, delivery.runs.length]).toEqual([
        method,
        405,
        "POST",
        0,
      ]);
      expect(delivery.event).toBeUndefined();
    }
    expect(e2e.slack.requests).toEqual([]);
  });

  it("a stored request received after the window is refused at run time, in any method, even if it reached a run", async () => {
    const captured = signedAt(0);
    const signedTime = Number(captured.headers.get("x-slack-request-timestamp")) * 1000;
    const outcomes: string[][] = [];
    const expected: string[][] = [];
    for (const method of ["POST", ...REPLAY_METHODS]) {
      for (const [label, age] of AGES) {
        const run = await e2e.harness.runJob(e2e.client, "answer-mention", await stored(captured.clone(), method), {
          eventName: `httpendpoint.${ENDPOINT}`,
          eventTimestamp: new Date(signedTime + age),
        });
        const reason = run.error?.message.match(/\((method-not-allowed|stale-timestamp)\)/)?.[1] ?? "-";
        outcomes.push([method, label, run.status, reason]);
        expected.push([method, label, "ERROR", method === "POST" ? "stale-timestamp" : "method-not-allowed"]);
      }
    }
    expect(outcomes).toEqual(expected);
    expect(e2e.slack.requests).toEqual([]);

    // The same stored request, received within the window, runs.
    const fresh = await e2e.harness.runJob(e2e.client, "answer-mention", await stored(captured.clone()), {
      eventName: `httpendpoint.${ENDPOINT}`,
      eventTimestamp: new Date(signedTime + 10_000),
    });
    expect(fresh.status).toBe("SUCCESS");
  });

  it("a verified run re-executed two hours after delivery (harness clock advanced) is not refused", async () => {
    const request = slackEventsRequest({
      url: URL_,
      body: reactionAdded(),
      signingSecret: SIGNING_SECRET,
      timestamp: Math.floor(e2e.harness.clock.now() / 1000),
    });
    const delivery = await deliver(request);
    const [run] = delivery.runs;
    expect([run?.job.id, run?.status, run?.executions, run?.output]).toEqual([
      "react-later",
      "SUCCESS",
      2,
      { receivedAt: delivery.receivedAt.toISOString() },
    ]);
    // The re-execution ran two hours (on the harness clock) after the request arrived.
    expect((run?.completedAt.getTime() ?? 0) - delivery.receivedAt.getTime()).toBeGreaterThan(2 * HOUR - 60_000);
    expect(e2e.slack.requests.map((r) => r.method)).toEqual(["chat.postMessage"]);
  });
});
