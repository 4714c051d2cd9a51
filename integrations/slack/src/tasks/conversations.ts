import { type RunMode, TaskGroup } from "@acme/integration-kit";
import type {
  ConversationsArchiveArguments,
  ConversationsCreateArguments,
  ConversationsHistoryArguments,
  ConversationsHistoryResponse,
  ConversationsInfoArguments,
  ConversationsInviteArguments,
  ConversationsInviteResponse,
  ConversationsJoinArguments,
  ConversationsKickArguments,
  ConversationsLeaveArguments,
  ConversationsListArguments,
  ConversationsListResponse,
  ConversationsMembersArguments,
  ConversationsMembersResponse,
  ConversationsOpenArguments,
  ConversationsRenameArguments,
  ConversationsRenameResponse,
  ConversationsRepliesArguments,
  ConversationsRepliesResponse,
  ConversationsSetPurposeArguments,
  ConversationsSetTopicArguments,
  ConversationsUnarchiveArguments,
  WebClient,
} from "@slack/web-api";
import type { SlackArgs as Args, OptionalArgs } from "./slack-args.js";
import { slackListing } from "./slack-listing.js";
import { slackMethod } from "./slack-method.js";

/** Channels, private channels and DMs: `io.slack.conversations`. */
export class Conversations<M extends RunMode = "job"> extends TaskGroup<WebClient, M> {
  /**
   * Creates a channel (`conversations.create`). Not retried after a lost answer: a retry's
   * `name_taken` cannot tell the channel the first try made from someone else's (Slack finds
   * channels by name only by listing them all), so the error says the channel may exist.
   */
  readonly create = this.task({
    name: "Create Channel",
    ...slackMethod("conversations.create", (c, p: Args<ConversationsCreateArguments>) => c.conversations.create(p)),
    sideEffect: "unchecked",
  });
  /** Joins a public channel (`conversations.join`); joining again answers ok. */
  readonly join = this.task({
    name: "Join Channel",
    ...slackMethod("conversations.join", (c, p: Args<ConversationsJoinArguments>) => c.conversations.join(p)),
    sideEffect: "idempotent",
  });
  /** Invites users to a channel (`conversations.invite`); on a retry, `already_in_channel` answers the channel. */
  readonly invite = this.task({
    name: "Invite To Channel",
    ...slackMethod("conversations.invite", (c, p: Args<ConversationsInviteArguments>) => c.conversations.invite(p), {
      codes: ["already_in_channel"],
      answer: async (c, p): Promise<ConversationsInviteResponse> => c.conversations.info({ channel: p.channel }),
    }),
    sideEffect: "idempotent",
  });
  /** Removes a user from a channel (`conversations.kick`). */
  readonly kick = this.task({
    name: "Remove From Channel",
    ...slackMethod("conversations.kick", (c, p: Args<ConversationsKickArguments>) => c.conversations.kick(p), {
      codes: ["not_in_channel"],
    }),
    sideEffect: "idempotent",
  });
  /** Leaves a channel (`conversations.leave`). */
  readonly leave = this.task({
    name: "Leave Channel",
    ...slackMethod("conversations.leave", (c, p: Args<ConversationsLeaveArguments>) => c.conversations.leave(p), {
      codes: ["not_in_channel"],
    }),
    sideEffect: "idempotent",
  });
  /** Opens or resumes a DM or group DM, e.g. to message a user directly (`conversations.open`). */
  readonly open = this.task({
    name: "Open Conversation",
    ...slackMethod("conversations.open", (c, p: Args<ConversationsOpenArguments>) => c.conversations.open(p)),
    sideEffect: "idempotent",
  });
  /** Gets a channel's details (`conversations.info`). */
  readonly info = this.task({
    name: "Get Channel",
    ...slackMethod("conversations.info", (c, p: Args<ConversationsInfoArguments>) => c.conversations.info(p)),
    sideEffect: "none",
  });
  /** Lists channels (`conversations.list`). */
  readonly list = this.listing(
    slackListing<OptionalArgs<ConversationsListArguments>, ConversationsListResponse>({
      name: "List Channels",
      method: "conversations.list",
      items: "channels",
    }),
  );
  /** Reads a channel's messages, newest first (`conversations.history`). */
  readonly history = this.listing(
    slackListing<Args<ConversationsHistoryArguments>, ConversationsHistoryResponse>({
      name: "Get Channel History",
      method: "conversations.history",
      items: "messages",
    }),
  );
  /** Reads a thread's messages (`conversations.replies`). */
  readonly replies = this.listing(
    slackListing<Args<ConversationsRepliesArguments>, ConversationsRepliesResponse>({
      name: "Get Thread Replies",
      method: "conversations.replies",
      items: "messages",
    }),
  );
  /** Lists a channel's member ids (`conversations.members`). */
  readonly members = this.listing(
    slackListing<Args<ConversationsMembersArguments>, ConversationsMembersResponse>({
      name: "List Channel Members",
      method: "conversations.members",
      items: "members",
    }),
  );
  /** Sets a channel's topic (`conversations.setTopic`). */
  readonly setTopic = this.task({
    name: "Set Channel Topic",
    ...slackMethod("conversations.setTopic", (c, p: Args<ConversationsSetTopicArguments>) =>
      c.conversations.setTopic(p),
    ),
    sideEffect: "idempotent",
  });
  /** Sets a channel's purpose (`conversations.setPurpose`). */
  readonly setPurpose = this.task({
    name: "Set Channel Purpose",
    ...slackMethod("conversations.setPurpose", (c, p: Args<ConversationsSetPurposeArguments>) =>
      c.conversations.setPurpose(p),
    ),
    sideEffect: "idempotent",
  });
  /** Renames a channel (`conversations.rename`); on a retry, `name_taken` by this very channel means done. */
  readonly rename = this.task({
    name: "Rename Channel",
    ...slackMethod("conversations.rename", (c, p: Args<ConversationsRenameArguments>) => c.conversations.rename(p), {
      codes: ["name_taken"],
      answer: async (c, p): Promise<ConversationsRenameResponse | undefined> => {
        const current = await c.conversations.info({ channel: p.channel });
        return current.channel?.name === p.name ? current : undefined;
      },
    }),
    sideEffect: "idempotent",
  });
  /** Archives a channel (`conversations.archive`). */
  readonly archive = this.task({
    name: "Archive Channel",
    ...slackMethod("conversations.archive", (c, p: Args<ConversationsArchiveArguments>) => c.conversations.archive(p), {
      codes: ["already_archived"],
    }),
    sideEffect: "idempotent",
  });
  /** Unarchives a channel (`conversations.unarchive`). */
  readonly unarchive = this.task({
    name: "Unarchive Channel",
    ...slackMethod(
      "conversations.unarchive",
      (c, p: Args<ConversationsUnarchiveArguments>) => c.conversations.unarchive(p),
      { codes: ["not_archived"] },
    ),
    sideEffect: "idempotent",
  });
}
