import type { Octokit } from "octokit";

/**
 * How far a list task pages. At least one bound is required, so a task cannot walk an unbounded
 * listing (some have tens of thousands of pages) inside one run.
 */
export type PageLimit =
  | {
      /** Stop after this many pages. */ readonly maxPages: number /** Stop after this many items. */;
      readonly maxItems?: number;
    }
  | { readonly maxPages?: number; readonly maxItems: number };

function assertLimit(limit: PageLimit): void {
  for (const name of ["maxPages", "maxItems"] as const) {
    const value = (limit as Record<string, unknown>)[name];
    if (value !== undefined && !(Number.isInteger(value) && (value as number) > 0)) {
      throw new RangeError(`paginate.${name} must be a positive whole number, got ${String(value)}`);
    }
  }
  if (limit.maxPages === undefined && limit.maxItems === undefined) {
    throw new RangeError("paginate needs maxPages or maxItems, so that a listing cannot run on without end");
  }
}

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
  assertLimit(limit);
  const maxItems = limit.maxItems ?? Number.POSITIVE_INFINITY;
  const maxPages = limit.maxPages ?? Number.POSITIVE_INFINITY;
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
