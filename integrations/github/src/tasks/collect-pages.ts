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

/** Keys GitHub puts beside the items of a wrapped listing (`{ total_count, items: [...] }`). */
const LISTING_META = ["total_count", "incomplete_results", "total_commits", "repository_selection"] as const;

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

/**
 * Follows a listing's `Link` headers with Octokit's paginate until the limit, and answers in the
 * shape of one page: an array, or for a wrapped listing (search, workflow runs: pass `itemsKey`)
 * an object with GitHub's counts and every item fetched under `itemsKey`.
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
  const pageSize = { per_page: Math.min(100, maxItems) };
  for await (const page of octokit.paginate.iterator(route as never, { ...pageSize, ...params } as never)) {
    pages += 1;
    const data = page.data as unknown[] & Record<string, unknown>;
    // paginate unwraps `{ total_count, items }` into the array and keeps the counts on it.
    if (pages === 1) for (const name of LISTING_META) if (data[name] !== undefined) meta[name] = data[name];
    items.push(...data);
    if (pages >= maxPages || items.length >= maxItems) break;
  }
  const kept = items.slice(0, maxItems);
  return itemsKey ? { ...meta, [itemsKey]: kept } : kept;
}
