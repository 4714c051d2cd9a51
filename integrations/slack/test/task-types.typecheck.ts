// Type-level checks (compiled by `pnpm typecheck`, never run): task params and outputs carry
// @slack/web-api's types, so mistakes fail at compile time rather than in a run.
import type { ChatUpdateResponse, ConversationsListResponse } from "@slack/web-api";
import type { Slack } from "../src/index.js";

export async function typedTasks(slack: Slack): Promise<void> {
  const updated: ChatUpdateResponse = await slack.chat.update("u", { channel: "C1", ts: "1.2", text: "x" });
  const listed: ConversationsListResponse = await slack.conversations.list(
    "l",
    { exclude_archived: true },
    { paginate: { maxPages: 3 } },
  );
  void updated;
  void listed.channels?.[0]?.id;
  // Methods whose arguments are all optional take none.
  await slack.users.list("all");
  await slack.auth.test("who");

  // @ts-expect-error chat.update needs the message's ts.
  await slack.chat.update("u", { channel: "C1", text: "x" });
  // @ts-expect-error the integration supplies the credential; a token in params is refused.
  await slack.reactions.add("r", { channel: "C1", timestamp: "1.2", name: "eyes", token: "xoxb-other" });
  // @ts-expect-error users.lookupByEmail needs an email.
  await slack.users.lookupByEmail("e", { user: "U1" });
  // @ts-expect-error page bounds go in the options after the params, not in the params.
  await slack.users.list("l", { maxPages: 3 });
  // @ts-expect-error maxPages is a number.
  await slack.users.list("l", {}, { paginate: { maxPages: "all" } });
  // @ts-expect-error only list tasks paginate.
  await slack.chat.update("u", { channel: "C1", ts: "1.2", text: "x" }, { paginate: { maxPages: 2 } });
  // @ts-expect-error conversations.history needs a channel.
  await slack.conversations.history("h");
}
