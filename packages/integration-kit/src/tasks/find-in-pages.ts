import type { Pager } from "./pager.js";
import { readPages } from "./read-pages.js";

/**
 * The first item of a listing that `match` accepts, reading at most `maxPages` pages as the params
 * ask for them: how a retry looks for what an earlier try created (an issue carrying its marker)
 * without a loop of its own.
 */
export async function findInPages<TClient, P, Page, Item>(
  pager: Pager<TClient, P, Page>,
  client: TClient,
  params: P,
  search: { readonly maxPages: number; readonly match: (item: Item) => boolean },
): Promise<Item | undefined> {
  for await (const read of readPages(pager, client, params, { maxPages: search.maxPages, pageSize: () => undefined })) {
    const found = (read.items as readonly Item[]).find(search.match);
    if (found !== undefined) return found;
  }
  return undefined;
}
