import { describeWebhookContract } from "@acme/integration-kit/testing";
import { slackEventCallback } from "@acme/slack-standin";
import { slackEventsReceiver } from "../src/index.js";

const headers = { "content-type": "application/json" };

describeWebhookContract({
  name: "Slack Events API",
  receiver: slackEventsReceiver,
  event: {
    body: JSON.stringify(
      slackEventCallback({
        type: "app_mention",
        user: "U0A",
        text: "<@U0BOT> hi",
        ts: "1.2",
        channel: "C0A",
        event_ts: "1.2",
      }),
    ),
    headers,
  },
  handshake: {
    body: JSON.stringify({ token: "legacy", challenge: "contract-challenge", type: "url_verification" }),
    headers,
    reply: { challenge: "contract-challenge" },
  },
  malformed: { body: JSON.stringify({ type: "event_callback" }), headers },
});
