// Type-level checks (compiled by `pnpm typecheck`, never run): the README's Events API job
// compiles, and each trigger hands its job the event type it names.
import type { AppMentionEvent, MemberJoinedChannelEvent } from "@slack/types";
import { TriggerClient } from "@trigger.dev/sdk";
import { Slack } from "../src/index.js";

export function readmeEventsExample(): void {
  const client = new TriggerClient({ id: "readme", apiKey: "tr_dev_readme" });
  const slack = new Slack({ id: "slack", token: process.env.SLACK_BOT_TOKEN });
  const slackEvents = slack.events.endpoint(client, { id: "slack-events" });

  client.defineJob({
    id: "answer-mentions",
    name: "Answer mentions",
    version: "1.0.0",
    trigger: slackEvents.on("app_mention"),
    integrations: { slack },
    run: async (payload, io) => {
      const event: AppMentionEvent = payload.event;
      void event;
      await io.slack.chat.postMessage("reply", {
        channel: payload.event.channel,
        thread_ts: payload.event.ts,
        text: `On it, <@${payload.event.user}>.`,
      });
    },
  });

  client.defineJob({
    id: "welcome",
    name: "Welcome",
    version: "1.0.0",
    trigger: slackEvents.on("member_joined_channel"),
    run: async (payload) => {
      const event: MemberJoinedChannelEvent = payload.event;
      // @ts-expect-error a member_joined_channel event has no reaction.
      void payload.event.reaction;
      return { user: event.user, channel: event.channel };
    },
  });

  slackEvents.on("message", { filter: { event: { channel: ["C0123456789"] } } });
  // @ts-expect-error not a Slack event type.
  slackEvents.on("app_mentioned");
}
