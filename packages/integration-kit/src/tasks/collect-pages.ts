import { type PageLimit, resolvePageLimit } from "../page-limit.js";
import { TaskInputError } from "../task-input-error.js";
import type { Pager } from "./pager.js";
import { readPages } from "./read-pages.js";

/** With only `maxItems`, at most this many pages are read: some services answer empty pages with a cursor. */
const PAGES_WITH_ITEM_BOUND = 100;

/** Checks a `paginate` option: at least one bound, each a positive whole number. */
export function checkPageLimit(limit: PageLimit | undefined): PageLimit | undefined {
  if (limit === undefined) return undefined;
  if (typeof limit !== "object" || limit === null || (limit.maxPages === undefined && limit.maxItems === undefined)) {
    throw new TaskInputError(
      "`paginate` needs maxPages or maxItems, so that a listing cannot run on without end",
      "Pass { paginate: { maxPages: 10 } } or { paginate: { maxItems: 500 } } as the argument after the params.",
    );
  }
  resolvePageLimit(limit, PAGES_WITH_ITEM_BOUND);
  return limit;
}

/**
 * Reads a listing page by page inside one task until a bound or the last page: the output is the
 * last page read, holding the items of every page read (see {@link Pager.assemble}).
 */
export async function collectPages<TClient, P, Page>(
  pager: Pager<TClient, P, Page>,
  client: TClient,
  params: P,
  limit: PageLimit,
): Promise<Page> {
  const { maxPages, maxItems } = resolvePageLimit(limit, PAGES_WITH_ITEM_BOUND);
  const items: unknown[] = [];
  let last: Page | undefined;
  for await (const read of readPages(pager, client, params, { maxPages, pageSize: () => maxItems - items.length })) {
    last = read.page;
    items.push(...read.items.slice(0, maxItems - items.length));
    if (items.length >= maxItems) break;
  }
  return pager.assemble(last as Page, items);
}
