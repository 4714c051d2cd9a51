import type {
  UsersConversationsArguments,
  UsersConversationsResponse,
  UsersGetPresenceArguments,
  UsersInfoArguments,
  UsersListArguments,
  UsersListResponse,
  UsersLookupByEmailArguments,
} from "@slack/web-api";
import { SlackNamespace } from "./slack-namespace.js";
import type { SlackArgs } from "./task-definition.js";

/** People in the workspace: `io.slack.users`. */
export class Users extends SlackNamespace {
  /** Gets a user's profile (`users.info`). */
  readonly info = this.task("Get User", "users.info", (c, p: SlackArgs<UsersInfoArguments>) => c.users.info(p));
  /** Finds a user by email address (`users.lookupByEmail`). */
  readonly lookupByEmail = this.task(
    "Find User By Email",
    "users.lookupByEmail",
    (c, p: SlackArgs<UsersLookupByEmailArguments>) => c.users.lookupByEmail(p),
  );
  /** Lists the workspace's users, page by page within `maxPages` / `maxItems` (`users.list`). */
  readonly list = this.pagedTask<SlackArgs<UsersListArguments>, UsersListResponse>(
    "List Users",
    "users.list",
    "members",
  );
  /** Lists the conversations a user belongs to, within `maxPages` / `maxItems` (`users.conversations`). */
  readonly conversations = this.pagedTask<SlackArgs<UsersConversationsArguments>, UsersConversationsResponse>(
    "List User Conversations",
    "users.conversations",
    "channels",
  );
  /** Tells whether a user is active or away (`users.getPresence`). */
  readonly getPresence = this.task(
    "Get User Presence",
    "users.getPresence",
    (c, p: SlackArgs<UsersGetPresenceArguments>) => c.users.getPresence(p),
  );
}
