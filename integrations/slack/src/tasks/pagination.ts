import { type PageLimit, resolvePageLimit } from "@acme/integration-kit";
import type { WebAPICallResult, WebClient } from "@slack/web-api";

/**
 * How far a list task follows Slack's cursor, all inside the one task. Default: only the page asked
 * for; with only `maxItems`, at most 100 pages, since Slack can answer empty pages that still
 * carry a cursor.
 */
export type PageBound = PageLimit;

const PAGES_WITH_ITEM_BOUND = 100;
/** Slack recommends pages of at most 200 items. */
const PAGE_LIMIT = 200;

/**
 * Calls a cursor-paginated method page by page within the bound and answers one response: the
 * last page's fields with the items of every page read under `itemsKey`. `response_metadata.next_cursor`
 * is where to resume, or empty when the list is exhausted.
 */
export async function collectPages<TResult extends WebAPICallResult>(
  client: WebClient,
  method: string,
  itemsKey: keyof TResult & string,
  params: (Record<string, unknown> & PageBound) | undefined,
): Promise<TResult> {
  const { maxPages, maxItems, ...args } = params ?? {};
  const bound = { ...(maxPages === undefined ? {} : { maxPages }), ...(maxItems === undefined ? {} : { maxItems }) };
  const { maxPages: pageCap, maxItems: itemCap } = resolvePageLimit(
    bound,
    maxItems === undefined ? 1 : PAGES_WITH_ITEM_BOUND,
  );
  const items: unknown[] = [];
  let cursor = typeof args.cursor === "string" ? args.cursor : undefined;
  let page: TResult | undefined;
  for (let pages = 0; pages < pageCap && items.length < itemCap; pages++) {
    const wanted = itemCap - items.length;
    const requested = typeof args.limit === "number" ? args.limit : undefined;
    const limit = Number.isFinite(wanted) ? Math.min(requested ?? PAGE_LIMIT, wanted) : requested;
    page = (await client.apiCall(method, { ...args, cursor, limit })) as TResult;
    const pageItems = page[itemsKey];
    if (Array.isArray(pageItems)) items.push(...pageItems.slice(0, wanted));
    cursor = page.response_metadata?.next_cursor || undefined;
    if (!cursor) break;
  }
  if (!page) page = { ok: true } as TResult;
  return { ...page, [itemsKey]: items, response_metadata: { ...page.response_metadata, next_cursor: cursor ?? "" } };
}
