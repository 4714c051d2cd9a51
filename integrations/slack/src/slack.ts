import { Integration, type ServiceFailure, type ServiceInfo } from "@acme/integration-kit";
import {
  type ChatPostMessageArguments,
  type ChatPostMessageResponse,
  type ConversationsJoinArguments,
  type ConversationsJoinResponse,
  WebClient,
} from "@slack/web-api";
import type { IntegrationTaskKey } from "@trigger.dev/sdk";
import type { CompatPostMessageParams, CompatResponse } from "./compat-types.js";
import { SlackEvents } from "./events/slack-events.js";
import { describeSlackFailure } from "./slack-failure.js";
import { slackLogger } from "./slack-logger.js";
import type { RunSlackTask, SlackOptions } from "./slack-options.js";
import { Auth } from "./tasks/auth.js";
import { Chat } from "./tasks/chat.js";
import { Conversations } from "./tasks/conversations.js";
import { Files } from "./tasks/files.js";
import { Pins } from "./tasks/pins.js";
import { Reactions } from "./tasks/reactions.js";
import type { SlackArgs } from "./tasks/task-definition.js";
import { Users } from "./tasks/users.js";
import { Views } from "./tasks/views.js";

/** Slack for Trigger.dev jobs: pass it in `integrations` and call it as `io.slack` inside `run`. */
export class Slack extends Integration<WebClient, SlackOptions> {
  /** What the kit needs to know about Slack. */
  static readonly service: ServiceInfo = { id: "slack", name: "Slack", icon: "slack", tokenEnv: "SLACK_TOKEN" };

  protected createClient(token: string): WebClient {
    const { baseUrl } = this.options;
    return new WebClient(token, {
      ...(baseUrl ? { slackApiUrl: baseUrl.endsWith("/") ? baseUrl : `${baseUrl}/` } : {}),
      // Trigger.dev's task retries are the only retries; a rate-limited call fails so the task answers retryAt.
      retryConfig: { retries: 0 },
      rejectRateLimitedCalls: true,
      logger: slackLogger(token),
      timeout: this.timeoutMs,
      ...(this.options.fetch ? { fetch: this.options.fetch } : {}),
    });
  }

  protected override describeFailure(error: unknown): ServiceFailure | undefined {
    return describeSlackFailure(error);
  }

  // The SDK clones the integration on every `io.slack` access, so namespaces are built on demand.
  readonly #run: RunSlackTask = (key, callback, options, onError) => this.runTask(key, callback, options, onError);

  /** Messages: post, update, delete, ephemeral, schedule, permalinks. */
  get chat(): Chat {
    return new Chat(this.#run);
  }

  /** Channels and DMs: create, join, invite, info, list, history, replies, members, topic, archive. */
  get conversations(): Conversations {
    return new Conversations(this.#run);
  }

  /** Users: info, lookup by email, list, presence. */
  get users(): Users {
    return new Users(this.#run);
  }

  /** Emoji reactions on messages. */
  get reactions(): Reactions {
    return new Reactions(this.#run);
  }

  /** File uploads. */
  get files(): Files {
    return new Files(this.#run);
  }

  /** Pinned messages. */
  get pins(): Pins {
    return new Pins(this.#run);
  }

  /** Modals and App Home views. */
  get views(): Views {
    return new Views(this.#run);
  }

  /** Receiving Slack's Events API through a Trigger.dev HTTP endpoint, verified by the app's signing secret. */
  get events(): SlackEvents {
    return new SlackEvents(this.id);
  }

  /** The token itself (`auth.test`). */
  get auth(): Auth {
    return new Auth(this.#run);
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
