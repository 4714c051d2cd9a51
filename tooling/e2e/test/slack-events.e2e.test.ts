import { Slack } from "@acme/slack";
import { slackEventsRequest } from "@acme/slack-standin";
import { deliverHttpEndpointRequest } from "@acme/testing";
import { describe, expect, it } from "vitest";
import { appMention, reactionAdded } from "./support/slack-event-bodies.js";
import { useSlackRun } from "./support/use-slack-run.js";
import { triggerSdks } from "./trigger-sdks.js";

const SIGNING_SECRET = "e2e-slack-signing-secret-0003";
const TOKEN = "xoxb-e2e-events-0004";
const URL_ = "https://cloud.trigger.test/api/v1/http-endpoints/slack-events";

const mention = () => appMention("<@U0BOT> status?");

describe.each(triggerSdks)("Slack Events API through $alias $version", (sdk) => {
  const e2e = useSlackRun(sdk, {
    clientId: "e2e-slack-events",
    define: (client, apiUrl) => {
      const integration = new Slack({ id: "slack", token: TOKEN, baseUrl: apiUrl });
      const events = integration.events.endpoint(client, { id: "slack-events", signingSecret: SIGNING_SECRET });
      // No signingSecret option and SLACK_SIGNING_SECRET unset: every request is refused (500).
      const saved = process.env.SLACK_SIGNING_SECRET;
      delete process.env.SLACK_SIGNING_SECRET;
      integration.events.endpoint(client, { id: "unconfigured" });
      if (saved !== undefined) process.env.SLACK_SIGNING_SECRET = saved;
      client.defineJob({
        id: "answer-mention",
        name: "Answer a mention",
        version: "1.0.0",
        trigger: events.on("app_mention"),
        integrations: { slack: integration },
        run: async (payload, io) => {
          // Typed: payload.event is @slack/types' AppMentionEvent.
          const reply = await io.slack.chat.postMessage("reply", {
            channel: payload.event.channel,
            thread_ts: payload.event.ts,
            text: `Hi <@${payload.event.user}>, all systems go.`,
          });
          return { eventId: payload.event_id, channel: reply.channel ?? null };
        },
      });
      client.defineJob({
        id: "count-reaction",
        name: "Count a reaction",
        version: "1.0.0",
        trigger: events.on("reaction_added"),
        run: async (payload) => ({ reaction: payload.event.reaction, on: payload.event.item.ts }),
      });
    },
  });

  const deliver = (request: Request, endpointId = "slack-events") =>
    deliverHttpEndpointRequest(e2e.harness, e2e.client, { endpointId, request });

  it("a signed app_mention runs the mention job, which replies in the thread through the Web API", async () => {
    const body = mention();
    const delivery = await deliver(slackEventsRequest({ url: URL_, body, signingSecret: SIGNING_SECRET }));
    expect(delivery.response.status).toBe(200);
    expect(delivery.runs.map((run) => [run.job.id, run.status, run.output])).toEqual([
      ["answer-mention", "SUCCESS", { eventId: body.event_id, channel: "C0OPS" }],
    ]);
    expect(e2e.slack.requests.map((r) => [r.method, r.params.channel, r.params.thread_ts, r.token])).toEqual([
      ["chat.postMessage", "C0OPS", "1700000000.000100", TOKEN],
    ]);
    expect(JSON.stringify(delivery)).not.toContain(SIGNING_SECRET);
  });

  it("the same request unsigned is refused with 401 and runs nothing", async () => {
    const delivery = await deliver(slackEventsRequest({ url: URL_, body: mention() }));
    expect(delivery.response.status).toBe(401);
    expect(JSON.parse(delivery.response.body)).toMatchObject({ ok: false, error: "missing-signature" });
    expect(delivery.runs).toEqual([]);
    expect(e2e.slack.requests).toEqual([]);
  });

  it("forged and stale requests are refused and run nothing", async () => {
    const forged = await deliver(slackEventsRequest({ url: URL_, body: mention(), signingSecret: "guessed" }));
    const stale = await deliver(
      slackEventsRequest({
        url: URL_,
        body: mention(),
        signingSecret: SIGNING_SECRET,
        timestamp: Math.floor(Date.now() / 1000) - 600,
      }),
    );
    expect([forged, stale].map((d) => [d.response.status, JSON.parse(d.response.body).error, d.runs.length])).toEqual([
      [401, "signature-mismatch", 0],
      [401, "stale-timestamp", 0],
    ]);
    expect(e2e.slack.requests).toEqual([]);
  });

  it("answers url_verification with the challenge and runs nothing", async () => {
    const body = { token: "legacy", challenge: "challenge-e2e-7", type: "url_verification" };
    const delivery = await deliver(slackEventsRequest({ url: URL_, body, signingSecret: SIGNING_SECRET }));
    expect(delivery.response).toMatchObject({ status: 200, body: JSON.stringify({ challenge: "challenge-e2e-7" }) });
    expect(delivery.runs).toEqual([]);
  });

  it("runs only the job for the event's type", async () => {
    const delivery = await deliver(
      slackEventsRequest({ url: URL_, body: reactionAdded(), signingSecret: SIGNING_SECRET }),
    );
    expect(delivery.runs.map((run) => [run.job.id, run.status, run.output])).toEqual([
      ["count-reaction", "SUCCESS", { reaction: "eyes", on: "1700000000.000200" }],
    ]);
  });

  it("an endpoint without a signing secret refuses even a correctly signed request, saying what to set", async () => {
    const delivery = await deliver(
      slackEventsRequest({ url: URL_, body: mention(), signingSecret: SIGNING_SECRET }),
      "unconfigured",
    );
    expect(delivery.response.status).toBe(500);
    expect(JSON.parse(delivery.response.body).message).toMatch(
      /^Slack integration \(slack\), HTTP endpoint "unconfigured": .*no webhook secret .* Set SLACK_SIGNING_SECRET/,
    );
    expect(delivery.runs).toEqual([]);
  });
});
