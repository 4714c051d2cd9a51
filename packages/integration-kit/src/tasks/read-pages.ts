import type { PageRead, Pager } from "./pager.js";

/**
 * The kit's one loop over a listing: reads page after page with `pager`, at most `maxPages`,
 * stopping at the last page. `pageSize` is asked of each read (see {@link Pager.read}); the caller
 * stops early by leaving the loop.
 */
export async function* readPages<TClient, P, Page>(
  pager: Pager<TClient, P, Page>,
  client: TClient,
  params: P,
  options: { readonly maxPages: number; readonly pageSize: () => number | undefined },
): AsyncGenerator<PageRead<Page>> {
  let from: string | undefined;
  for (let pages = 0; pages < options.maxPages; pages++) {
    const read = await pager.read(client, params, from, options.pageSize());
    yield read;
    from = read.next;
    if (from === undefined) return;
  }
}
