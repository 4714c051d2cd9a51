// Type-level proof (compiled by `pnpm typecheck`, never run) that @acme/slack is a drop-in
// superset of @trigger.dev/slack 2.3.19: job code written against their class compiles against ours.
import type {
  ChatPostMessageArguments as TriggerDevPostMessageArguments,
  Slack as TriggerDevSlack,
} from "@trigger.dev/slack";
import { Slack } from "../src/index.js";

/** The part of their class a job body uses. */
type TriggerDevSurface = Pick<TriggerDevSlack, "id" | "metadata" | "postMessage" | "joinConversation">;

/** A job body as their README wrote it, typed against their class. */
async function notifyDeploy(slack: TriggerDevSurface, channel: string): Promise<string | undefined> {
  const joined = await slack.joinConversation("join", { channel });
  const posted = await slack.postMessage("post", {
    channel: joined.channel?.id ?? channel,
    text: "Deployed :rocket:",
    thread_ts: "1503435956.000247",
    unfurl_links: false,
    icon_emoji: ":robot_face:",
  });
  return posted.ts ?? posted.message?.ts;
}

// Ours is accepted wherever theirs was expected...
const ours = new Slack({ id: "slack" });
void notifyDeploy(ours, "C0123456789");

// ...including their params type, passed through unchanged.
declare const theirParams: TriggerDevPostMessageArguments;
void ours.postMessage("their-params", theirParams);

// ...and the results read the same way.
async function readResults(slack: Slack): Promise<void> {
  const posted: Awaited<ReturnType<TriggerDevSlack["postMessage"]>> = await slack.postMessage("p", {
    channel: "C1",
    text: "hi",
  });
  const joined: Awaited<ReturnType<TriggerDevSlack["joinConversation"]>> = await slack.joinConversation("j", {
    channel: "C1",
  });
  void posted;
  void joined;
}
void readResults;
