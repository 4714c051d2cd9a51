/** One page as a pager read it. */
export interface PageRead<Page> {
  /** The page as the service answered it (what a one-page task outputs). */
  readonly page: Page;
  /** The listing's items on this page. */
  readonly items: readonly unknown[];
  /** Where the next page is (a cursor, a URL, a page number), or undefined on the last page. */
  readonly next: string | undefined;
}

/**
 * How a list task reads a listing one page at a time. The kit's loop does the rest: the bounds,
 * the page sizes, and one output shape for every service.
 */
export interface Pager<TClient, P, Page> {
  /**
   * Reads the page `from` points at, or for `undefined` the page the caller's params ask for.
   * `pageSize` is given while collecting: how many items are still wanted (`Infinity` for no item
   * bound), so ask for no more than that, and no more than the service serves. Without it, read
   * the page exactly as the caller's params ask.
   */
  read(client: TClient, params: P, from: string | undefined, pageSize: number | undefined): Promise<PageRead<Page>>;
  /**
   * The output of a collected listing: `last` (the last page read) holding `items` (every item
   * read, in order) in place of its own.
   */
  assemble(last: Page, items: unknown[]): Page;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** The items under `key` of a page object, or the page itself when the listing answers an array. */
function itemsOf(page: unknown, key: string | undefined): unknown[] {
  const items = key === undefined ? page : isRecord(page) ? page[key] : undefined;
  return Array.isArray(items) ? items : [];
}

/** `page` with `items` in place of its own: the array itself, or the object with `key` replaced. */
function withItems<Page>(page: Page, key: string | undefined, items: unknown[]): Page {
  if (key === undefined) return items as Page;
  return { ...(page as object), [key]: items } as Page;
}

/** What the cursor pagers share: where the items are and how big a page may be. */
interface CursorPagerOptions<TClient, P, Page> {
  /** Reads one page with `params` (the cursor and page size already merged in). */
  readonly fetch: (client: TClient, params: P) => Promise<Page>;
  /** The page field holding the items (`"channels"`, `"data"`). */
  readonly itemsKey: string;
  /** The request parameter that sets the page size (`"limit"`). */
  readonly sizeParam: string;
  /** The largest page the service serves. */
  readonly maxPageSize: number;
}

function sized<P>(params: P, sizeParam: string, pageSize: number | undefined, maxPageSize: number): P {
  if (pageSize === undefined) return params;
  const asked = isRecord(params) && typeof params[sizeParam] === "number" ? (params[sizeParam] as number) : maxPageSize;
  return { ...(params as object), [sizeParam]: Math.min(asked, pageSize) } as P;
}

/**
 * An opaque cursor in the body: the next page's cursor is read from the page (Slack's
 * `response_metadata.next_cursor`) and sent back as `cursorParam`.
 */
export function bodyCursorPager<TClient, P, Page>(
  options: CursorPagerOptions<TClient, P, Page> & {
    /** The request parameter that carries the cursor (`"cursor"`). */
    readonly cursorParam: string;
    /** The next page's cursor, or undefined / empty on the last page. */
    readonly nextCursor: (page: Page) => string | undefined | null;
  },
): Pager<TClient, P, Page> {
  const { fetch, itemsKey, sizeParam, maxPageSize, cursorParam, nextCursor } = options;
  return {
    async read(client, params, from, pageSize) {
      const request = sized(
        from === undefined ? params : { ...params, [cursorParam]: from },
        sizeParam,
        pageSize,
        maxPageSize,
      );
      const page = await fetch(client, request);
      return { page, items: itemsOf(page, itemsKey), next: nextCursor(page) || undefined };
    },
    assemble: (last, items) => withItems(last, itemsKey, items),
  };
}

/**
 * `has_more` and the last item's id (Stripe): the next page starts after the last item read, sent
 * as `starting_after`.
 */
export function startingAfterPager<TClient, P, Page>(
  options: Partial<Pick<CursorPagerOptions<TClient, P, Page>, "itemsKey" | "sizeParam" | "maxPageSize">> &
    Pick<CursorPagerOptions<TClient, P, Page>, "fetch">,
): Pager<TClient, P, Page> {
  const itemsKey = options.itemsKey ?? "data";
  return bodyCursorPager({
    fetch: options.fetch,
    itemsKey,
    sizeParam: options.sizeParam ?? "limit",
    maxPageSize: options.maxPageSize ?? 100,
    cursorParam: "starting_after",
    nextCursor: (page) => {
      const items = itemsOf(page, itemsKey);
      const last = items.at(-1);
      const more = isRecord(page) && page.has_more === true;
      return more && isRecord(last) && typeof last.id === "string" ? last.id : undefined;
    },
  });
}

/** An answer with its headers, as HTTP clients hand it back. */
export interface HeadedResponse<Page> {
  readonly data: Page;
  readonly headers: Readonly<Record<string, string | number | readonly string[] | undefined>>;
}

/** The `rel="next"` URL of a `Link` header, if any. */
export function nextLink(header: unknown): string | undefined {
  const text = Array.isArray(header) ? header.join(", ") : typeof header === "string" ? header : "";
  for (const part of text.split(",")) {
    const match = /<([^>]+)>\s*;\s*rel="?([^";]+)"?/.exec(part.trim());
    if (match?.[2]?.split(/\s+/).includes("next")) return match[1];
  }
  return undefined;
}

/**
 * RFC 8288 `Link` headers (GitHub, GitLab): the first page from the params, then each `rel="next"`
 * URL as the service wrote it.
 */
export function linkHeaderPager<TClient, P, Page>(options: {
  /** Reads the first page; `pageSize` goes in the service's page-size parameter. */
  readonly first: (client: TClient, params: P, pageSize: number | undefined) => Promise<HeadedResponse<Page>>;
  /** Reads the page at a `rel="next"` URL. */
  readonly follow: (client: TClient, url: string) => Promise<HeadedResponse<Page>>;
  /** The page field holding the items, for listings that wrap them (`"items"`); none for arrays. */
  readonly itemsKey?: string;
}): Pager<TClient, P, Page> {
  const { first, follow, itemsKey } = options;
  return {
    async read(client, params, from, pageSize) {
      const response = from === undefined ? await first(client, params, pageSize) : await follow(client, from);
      const link = response.headers.link ?? response.headers.Link;
      return { page: response.data, items: itemsOf(response.data, itemsKey), next: nextLink(link) };
    },
    assemble: (last, items) => withItems(last, itemsKey, items),
  };
}

/** A page number in the params (`page=1, 2, ...`), for services that say neither cursor nor link. */
export function pageNumberPager<TClient, P, Page>(
  options: CursorPagerOptions<TClient, P, Page> & {
    /** The request parameter that carries the page number (`"page"`). */
    readonly pageParam: string;
  },
): Pager<TClient, P, Page> {
  const { fetch, itemsKey, sizeParam, maxPageSize, pageParam } = options;
  return {
    async read(client, params, from, pageSize) {
      const start = isRecord(params) && typeof params[pageParam] === "number" ? (params[pageParam] as number) : 1;
      const number = from === undefined ? start : Number(from);
      const request = sized(
        { ...params, [pageParam]: number },
        sizeParam,
        pageSize ?? Number.POSITIVE_INFINITY,
        maxPageSize,
      );
      const page = await fetch(client, request);
      const items = itemsOf(page, itemsKey);
      const full = items.length >= ((request as Record<string, unknown>)[sizeParam] as number);
      return { page, items, next: full && items.length > 0 ? String(number + 1) : undefined };
    },
    assemble: (last, items) => withItems(last, itemsKey, items),
  };
}

/** A GraphQL connection's paging fields. */
export interface GraphqlConnection {
  readonly nodes: readonly unknown[];
  readonly pageInfo: { readonly hasNextPage: boolean; readonly endCursor?: string | null };
}

/**
 * A GraphQL connection (`nodes` and `pageInfo { hasNextPage endCursor }`, Linear, GitHub's v4 API):
 * `after` and `first` are passed to the query; `path` says where the connection sits in the answer.
 */
export function graphqlPager<TClient, P, Page>(options: {
  /** Runs the query for the page after `after`, of at most `first` nodes. */
  readonly query: (client: TClient, params: P, page: { after?: string; first?: number }) => Promise<Page>;
  /** Where the connection is in the answer (`["issues"]`). */
  readonly path: readonly string[];
  /** The largest `first` the service allows (default 50). */
  readonly maxPageSize?: number;
}): Pager<TClient, P, Page> {
  const maxPageSize = options.maxPageSize ?? 50;
  const connectionOf = (page: unknown): GraphqlConnection | undefined => {
    let node: unknown = page;
    for (const key of options.path) node = isRecord(node) ? node[key] : undefined;
    return isRecord(node) && Array.isArray(node.nodes) ? (node as unknown as GraphqlConnection) : undefined;
  };
  return {
    async read(client, params, from, pageSize) {
      const page = await options.query(client, params, {
        ...(from === undefined ? {} : { after: from }),
        ...(pageSize === undefined ? {} : { first: Math.min(pageSize, maxPageSize) }),
      });
      const connection = connectionOf(page);
      const next = connection?.pageInfo.hasNextPage ? (connection.pageInfo.endCursor ?? undefined) : undefined;
      return { page, items: connection?.nodes ?? [], next };
    },
    assemble(last, items) {
      const rebuild = (node: unknown, depth: number): unknown => {
        if (!isRecord(node)) return node;
        const key = options.path[depth];
        if (key === undefined) return { ...node, nodes: items };
        return { ...node, [key]: rebuild(node[key], depth + 1) };
      };
      return rebuild(last, 0) as Page;
    },
  };
}
