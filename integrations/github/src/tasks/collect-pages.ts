import { type PageLimit as PageLimitBase, resolvePageLimit, TaskInputError } from "@acme/integration-kit";
import type { Octokit } from "octokit";

/**
 * How far a list task pages. At least one bound is required, so a task cannot walk an unbounded
 * listing (some have tens of thousands of pages) inside one run.
 */
export type PageLimit =
  | (PageLimitBase & { readonly maxPages: number })
  | (PageLimitBase & { readonly maxItems: number });

/** With only `maxItems`, at most this many pages are read. */
const PAGES_WITH_ITEM_BOUND = 100;

/** Octokit's request function, as paginate's iterator calls it. */
type RequestMethod = Octokit["request"];

/**
 * A request method for paginate that puts `itemsKey` first in a wrapped page and keeps the first
 * page's other fields. Paginate unwraps a page by taking its first key after the counts; GitHub's
 * search answer now starts with `search_type`, which would make it take that string instead.
 */
function itemsFirst(octokit: Octokit, route: string, itemsKey: string, meta: Record<string, unknown>) {
  const request = async (options: Parameters<RequestMethod>[0]) => {
    const response = await octokit.request(options as never);
    const { [itemsKey]: items, ...rest } = response.data as Record<string, unknown>;
    if (Object.keys(meta).length === 0) Object.assign(meta, rest);
    return { ...response, data: { [itemsKey]: items ?? [], total_count: rest.total_count } };
  };
  const endpoint = (parameters: object) => octokit.request.endpoint(route as never, parameters as never);
  return Object.assign(request, { endpoint }) as unknown as RequestMethod;
}

/**
 * Follows a listing's `Link` headers with Octokit's paginate until the limit, and answers in the
 * shape of one page: an array, or for a wrapped listing (search, workflow runs: pass `itemsKey`)
 * the first page's fields with every item fetched under `itemsKey`.
 */
export async function collectPages(
  octokit: Octokit,
  request: { route: string; params: object; limit: PageLimit; itemsKey?: string | undefined },
): Promise<unknown> {
  const { route, params, limit, itemsKey } = request;
  if (limit.maxPages === undefined && limit.maxItems === undefined) {
    throw new TaskInputError(
      "paginate needs maxPages or maxItems, so that a listing cannot run on without end",
      "Pass { paginate: { maxPages: 10 } } or { paginate: { maxItems: 500 } }.",
    );
  }
  const { maxPages, maxItems } = resolvePageLimit(limit, PAGES_WITH_ITEM_BOUND);
  const items: unknown[] = [];
  const meta: Record<string, unknown> = {};
  let pages = 0;
  const source = itemsKey ? itemsFirst(octokit, route, itemsKey, meta) : route;
  const pageSize = { per_page: Math.min(100, maxItems) };
  for await (const page of octokit.paginate.iterator(source as never, { ...pageSize, ...params } as never)) {
    pages += 1;
    items.push(...(page.data as unknown[]));
    if (pages >= maxPages || items.length >= maxItems) break;
  }
  const kept = items.slice(0, maxItems);
  return itemsKey ? { ...meta, [itemsKey]: kept } : kept;
}
