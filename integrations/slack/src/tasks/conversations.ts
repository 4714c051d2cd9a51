import type {
  ConversationsArchiveArguments,
  ConversationsCreateArguments,
  ConversationsHistoryArguments,
  ConversationsHistoryResponse,
  ConversationsInfoArguments,
  ConversationsInviteArguments,
  ConversationsJoinArguments,
  ConversationsKickArguments,
  ConversationsLeaveArguments,
  ConversationsListArguments,
  ConversationsListResponse,
  ConversationsMembersArguments,
  ConversationsMembersResponse,
  ConversationsOpenArguments,
  ConversationsRenameArguments,
  ConversationsRepliesArguments,
  ConversationsRepliesResponse,
  ConversationsSetPurposeArguments,
  ConversationsSetTopicArguments,
  ConversationsUnarchiveArguments,
} from "@slack/web-api";
import { SlackNamespace } from "./slack-namespace.js";
import type { SlackArgs } from "./task-definition.js";

type Args<T> = SlackArgs<T>;

/** Channels, private channels and DMs: `io.slack.conversations`. */
export class Conversations extends SlackNamespace {
  /** Creates a channel (`conversations.create`). */
  readonly create = this.task("Create Channel", "conversations.create", (c, p: Args<ConversationsCreateArguments>) =>
    c.conversations.create(p),
  );
  /** Joins a public channel (`conversations.join`). */
  readonly join = this.task("Join Channel", "conversations.join", (c, p: Args<ConversationsJoinArguments>) =>
    c.conversations.join(p),
  );
  /** Invites users to a channel (`conversations.invite`). */
  readonly invite = this.task("Invite To Channel", "conversations.invite", (c, p: Args<ConversationsInviteArguments>) =>
    c.conversations.invite(p),
  );
  /** Removes a user from a channel (`conversations.kick`). */
  readonly kick = this.task("Remove From Channel", "conversations.kick", (c, p: Args<ConversationsKickArguments>) =>
    c.conversations.kick(p),
  );
  /** Leaves a channel (`conversations.leave`). */
  readonly leave = this.task("Leave Channel", "conversations.leave", (c, p: Args<ConversationsLeaveArguments>) =>
    c.conversations.leave(p),
  );
  /** Opens or resumes a DM or group DM, e.g. to message a user directly (`conversations.open`). */
  readonly open = this.task("Open Conversation", "conversations.open", (c, p: Args<ConversationsOpenArguments>) =>
    c.conversations.open(p),
  );
  /** Gets a channel's details (`conversations.info`). */
  readonly info = this.task("Get Channel", "conversations.info", (c, p: Args<ConversationsInfoArguments>) =>
    c.conversations.info(p),
  );
  /** Lists channels, page by page within `maxPages` / `maxItems` (`conversations.list`). */
  readonly list = this.pagedTask<Args<ConversationsListArguments>, ConversationsListResponse>(
    "List Channels",
    "conversations.list",
    "channels",
  );
  /** Reads a channel's messages, newest first, within `maxPages` / `maxItems` (`conversations.history`). */
  readonly history = this.pagedTask<Args<ConversationsHistoryArguments>, ConversationsHistoryResponse>(
    "Get Channel History",
    "conversations.history",
    "messages",
  );
  /** Reads a thread's messages within `maxPages` / `maxItems` (`conversations.replies`). */
  readonly replies = this.pagedTask<Args<ConversationsRepliesArguments>, ConversationsRepliesResponse>(
    "Get Thread Replies",
    "conversations.replies",
    "messages",
  );
  /** Lists a channel's member ids within `maxPages` / `maxItems` (`conversations.members`). */
  readonly members = this.pagedTask<Args<ConversationsMembersArguments>, ConversationsMembersResponse>(
    "List Channel Members",
    "conversations.members",
    "members",
  );
  /** Sets a channel's topic (`conversations.setTopic`). */
  readonly setTopic = this.task(
    "Set Channel Topic",
    "conversations.setTopic",
    (c, p: Args<ConversationsSetTopicArguments>) => c.conversations.setTopic(p),
  );
  /** Sets a channel's purpose (`conversations.setPurpose`). */
  readonly setPurpose = this.task(
    "Set Channel Purpose",
    "conversations.setPurpose",
    (c, p: Args<ConversationsSetPurposeArguments>) => c.conversations.setPurpose(p),
  );
  /** Renames a channel (`conversations.rename`). */
  readonly rename = this.task("Rename Channel", "conversations.rename", (c, p: Args<ConversationsRenameArguments>) =>
    c.conversations.rename(p),
  );
  /** Archives a channel (`conversations.archive`). */
  readonly archive = this.task(
    "Archive Channel",
    "conversations.archive",
    (c, p: Args<ConversationsArchiveArguments>) => c.conversations.archive(p),
  );
  /** Unarchives a channel (`conversations.unarchive`). */
  readonly unarchive = this.task(
    "Unarchive Channel",
    "conversations.unarchive",
    (c, p: Args<ConversationsUnarchiveArguments>) => c.conversations.unarchive(p),
  );
}
