import { type RunMode, TaskGroup } from "@acme/integration-kit";
import type {
  UsersConversationsArguments,
  UsersConversationsResponse,
  UsersGetPresenceArguments,
  UsersInfoArguments,
  UsersListArguments,
  UsersListResponse,
  UsersLookupByEmailArguments,
  WebClient,
} from "@slack/web-api";
import type { SlackArgs as Args, OptionalArgs } from "./slack-args.js";
import { slackListing } from "./slack-listing.js";
import { slackMethod } from "./slack-method.js";

/** People in the workspace: `io.slack.users`. */
export class Users<M extends RunMode = "job"> extends TaskGroup<WebClient, M> {
  /** Gets a user's profile (`users.info`). */
  readonly info = this.task({
    name: "Get User",
    ...slackMethod("users.info", (c, p: Args<UsersInfoArguments>) => c.users.info(p)),
    sideEffect: "none",
  });
  /** Finds a user by email address (`users.lookupByEmail`). */
  readonly lookupByEmail = this.task({
    name: "Find User By Email",
    ...slackMethod("users.lookupByEmail", (c, p: Args<UsersLookupByEmailArguments>) => c.users.lookupByEmail(p)),
    sideEffect: "none",
  });
  /** Lists the workspace's users (`users.list`). */
  readonly list = this.listing(
    slackListing<OptionalArgs<UsersListArguments>, UsersListResponse>({
      name: "List Users",
      method: "users.list",
      items: "members",
    }),
  );
  /** Lists the conversations a user belongs to (`users.conversations`). */
  readonly conversations = this.listing(
    slackListing<OptionalArgs<UsersConversationsArguments>, UsersConversationsResponse>({
      name: "List User Conversations",
      method: "users.conversations",
      items: "channels",
    }),
  );
  /** Tells whether a user is active or away (`users.getPresence`). */
  readonly getPresence = this.task({
    name: "Get User Presence",
    ...slackMethod("users.getPresence", (c, p: Args<UsersGetPresenceArguments>) => c.users.getPresence(p)),
    sideEffect: "none",
  });
}
