import { type ClientSettings, type ServiceClientOptions, serviceClient } from "@acme/integration-kit";
import type { WebClient } from "@slack/web-api";
import { createWebClient } from "./create-web-client.js";
import { describeSlackFailure } from "./slack-failure.js";
import { slackService } from "./slack-service.js";
import { Auth } from "./tasks/auth.js";
import { Chat } from "./tasks/chat.js";
import { Conversations } from "./tasks/conversations.js";
import { Files } from "./tasks/files.js";
import { Pins } from "./tasks/pins.js";
import { Reactions } from "./tasks/reactions.js";
import { Users } from "./tasks/users.js";
import { Views } from "./tasks/views.js";

/** Options for {@link SlackClient}. */
export interface SlackClientOptions extends ServiceClientOptions {
  /** Web API root (default `https://slack.com/api/`), e.g. a local stand-in; a trailing `/` is added if missing. */
  baseUrl?: string;
  /** The fetch the `WebClient` sends with (a proxy, an instrumented client); the global one by default. */
  fetch?: typeof fetch;
}

/**
 * Slack's Web API tasks as plain awaited calls, for Trigger.dev v4 tasks or any Node code, with no
 * Trigger.dev SDK: `await slack.chat.postMessage({ channel, text })`, or the flat alias
 * `slack.postMessage(...)`. The same declarations as the v2 `Slack`; a failure throws a
 * `ServiceError` whose verdict `catchServiceError` answers v4 with. `await slack.native()` is the
 * `WebClient` for anything no task covers.
 */
export const SlackClient = serviceClient({
  service: slackService,
  createClient: (token: string, { options, timeoutMs }: ClientSettings<SlackClientOptions>): Promise<WebClient> =>
    createWebClient(token, { baseUrl: options.baseUrl, timeoutMs, fetch: options.fetch }),
  describeFailure: describeSlackFailure,
  groups: {
    /** Messages: post, update, delete, ephemeral, schedule, permalinks. */
    chat: Chat<"call">,
    /** Channels and DMs: create, join, invite, info, list, history, replies, members, topic, archive. */
    conversations: Conversations<"call">,
    /** Users: info, lookup by email, list, presence. */
    users: Users<"call">,
    /** Emoji reactions on messages. */
    reactions: Reactions<"call">,
    /** File uploads. */
    files: Files<"call">,
    /** Pinned messages. */
    pins: Pins<"call">,
    /** Modals and App Home views. */
    views: Views<"call">,
    /** The token itself (`auth.test`). */
    auth: Auth<"call">,
  },
  // The flat names @trigger.dev/slack gave these tasks, as the v2 class has them.
  aliases: { postMessage: "chat.postMessage", joinConversation: "conversations.join" },
});

/** A {@link SlackClient} instance. */
export type SlackClient = InstanceType<typeof SlackClient>;
