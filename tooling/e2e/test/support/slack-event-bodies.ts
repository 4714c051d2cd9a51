import { slackEventCallback } from "@acme/slack-standin";

/** An `app_mention` event callback: U0ASKER says `text` to the bot in #C0OPS. */
export const appMention = (text: string) =>
  slackEventCallback({
    type: "app_mention" as const,
    user: "U0ASKER",
    text,
    ts: "1700000000.000100",
    channel: "C0OPS",
    event_ts: "1700000000.000100",
  });

/** A `reaction_added` event callback: U0FAN reacts :eyes: to a bot message in #C0OPS. */
export const reactionAdded = () =>
  slackEventCallback({
    type: "reaction_added" as const,
    user: "U0FAN",
    reaction: "eyes",
    item_user: "U0BOT",
    item: { type: "message", channel: "C0OPS", ts: "1700000000.000200" },
    event_ts: "1700000001.000300",
  });
