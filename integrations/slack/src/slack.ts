import type { IntegrationTaskKey } from "@acme/integration-kit";
import { Integration, type ServiceFailure, type ServiceInfo } from "@acme/integration-kit";
import type {
  ChatPostMessageArguments,
  ChatPostMessageResponse,
  ConversationsJoinArguments,
  ConversationsJoinResponse,
  WebClient,
} from "@slack/web-api";
import type { CompatPostMessageParams, CompatResponse } from "./compat-types.js";
import { createWebClient } from "./create-web-client.js";
import { SlackEvents } from "./events/slack-events.js";
import { describeSlackFailure } from "./slack-failure.js";
import type { SlackOptions } from "./slack-options.js";
import { slackService } from "./slack-service.js";
import { Auth } from "./tasks/auth.js";
import { Chat } from "./tasks/chat.js";
import { Conversations } from "./tasks/conversations.js";
import { Files } from "./tasks/files.js";
import { Pins } from "./tasks/pins.js";
import { Reactions } from "./tasks/reactions.js";
import type { SlackArgs } from "./tasks/slack-args.js";
import { Users } from "./tasks/users.js";
import { Views } from "./tasks/views.js";

/** Slack for Trigger.dev jobs: pass it in `integrations` and call it as `io.slack` inside `run`. */
export class Slack extends Integration<WebClient, SlackOptions> {
  /** What the kit needs to know about Slack. */
  static readonly service: ServiceInfo = slackService;

  protected createClient(token: string): Promise<WebClient> {
    const { baseUrl, fetch } = this.options;
    return createWebClient(token, { baseUrl, timeoutMs: this.timeoutMs, fetch });
  }

  protected override describeFailure(error: unknown): ServiceFailure | undefined {
    return describeSlackFailure(error);
  }

  /** Messages: post, update, delete, ephemeral, schedule, permalinks. */
  get chat(): Chat {
    return this.group(Chat);
  }

  /** Channels and DMs: create, join, invite, info, list, history, replies, members, topic, archive. */
  get conversations(): Conversations {
    return this.group(Conversations);
  }

  /** Users: info, lookup by email, list, presence. */
  get users(): Users {
    return this.group(Users);
  }

  /** Emoji reactions on messages. */
  get reactions(): Reactions {
    return this.group(Reactions);
  }

  /** File uploads. */
  get files(): Files {
    return this.group(Files);
  }

  /** Pinned messages. */
  get pins(): Pins {
    return this.group(Pins);
  }

  /** Modals and App Home views. */
  get views(): Views {
    return this.group(Views);
  }

  /** Receiving Slack's Events API through a Trigger.dev HTTP endpoint, verified by the app's signing secret. */
  get events(): SlackEvents {
    return new SlackEvents(this.id);
  }

  /** The token itself (`auth.test`). */
  get auth(): Auth {
    return this.group(Auth);
  }

  /** `chat.postMessage` (joining on `not_in_channel`) with the name and types of `@trigger.dev/slack`. */
  postMessage(
    key: IntegrationTaskKey,
    params: SlackArgs<ChatPostMessageArguments> | CompatPostMessageParams,
  ): Promise<CompatResponse<ChatPostMessageResponse>> {
    // Their looser shape is what Slack accepts on the wire; Slack itself answers no_text when text, blocks and attachments are all missing.
    return this.chat.postMessage(key, params as SlackArgs<ChatPostMessageArguments>) as Promise<
      CompatResponse<ChatPostMessageResponse>
    >;
  }

  /** `conversations.join` with the name and types of `@trigger.dev/slack`. */
  joinConversation(
    key: IntegrationTaskKey,
    params: SlackArgs<ConversationsJoinArguments>,
  ): Promise<CompatResponse<ConversationsJoinResponse>> {
    return this.conversations.join(key, params) as Promise<CompatResponse<ConversationsJoinResponse>>;
  }
}
