import { bodyCursorPager, type ListDeclaration } from "@acme/integration-kit";
import type { WebAPICallResult, WebClient } from "@slack/web-api";
import { withoutToken } from "./slack-args.js";
import { slackProperties } from "./slack-properties.js";

/** Slack recommends pages of at most 200 items. */
const MAX_PAGE_SIZE = 200;

/** A cursor-paginated Web API method, as a list task reads it. */
export interface SlackListingOptions<Page> {
  /** Title Case name shown in the dashboard (`"List Channels"`). */
  readonly name: string;
  /** The Web API method (`"conversations.list"`). */
  readonly method: string;
  /** The response field holding the items (`"channels"`). */
  readonly items: keyof Page & string;
}

/**
 * A list task over one of Slack's cursor-paginated methods: `cursor` and `limit` in the arguments,
 * the next page's cursor in `response_metadata.next_cursor`. The kit's pager does the paging.
 */
export function slackListing<P, Page extends WebAPICallResult>(
  options: SlackListingOptions<Page>,
): ListDeclaration<WebClient, P, Page> {
  const { name, method, items } = options;
  return {
    name,
    properties: slackProperties(method),
    pager: bodyCursorPager<WebClient, P, Page>({
      fetch: (client, params) => client.apiCall(method, withoutToken(params) ?? {}) as Promise<Page>,
      itemsKey: items,
      sizeParam: "limit",
      maxPageSize: MAX_PAGE_SIZE,
      cursorParam: "cursor",
      nextCursor: (page) => page.response_metadata?.next_cursor,
    }),
  };
}
