import { bodyCursorPager, type Pager } from "@acme/integration-kit";
import type OpenAI from "openai";

/** A page of an OpenAI list: `has_more` and the last item's id say where the next page starts. */
export interface OpenaiPage<Item> {
  readonly object?: string;
  readonly data: Item[];
  readonly first_id?: string | null;
  readonly last_id?: string | null;
  readonly has_more: boolean;
}

/** Cursor params every OpenAI list takes. */
export interface CursorParams {
  after?: string;
  limit?: number;
}

const nextAfter = <Item>(page: OpenaiPage<Item>): string | undefined => {
  if (!page.has_more) return undefined;
  const last = page.data.at(-1) as { id?: unknown } | undefined;
  return page.last_id ?? (typeof last?.id === "string" ? last.id : undefined);
};

/**
 * An OpenAI list whose output is the page as OpenAI answers it; `{ paginate }` follows `after`
 * while `has_more` says there is more, and the output holds every item read.
 */
export function openaiPager<P extends CursorParams | undefined, Item>(
  fetch: (client: OpenAI, params: P) => Promise<OpenaiPage<Item>>,
  maxPageSize = 100,
): Pager<OpenAI, P, OpenaiPage<Item>> {
  return bodyCursorPager({
    fetch,
    itemsKey: "data",
    sizeParam: "limit",
    maxPageSize,
    cursorParam: "after",
    nextCursor: nextAfter,
  });
}

/**
 * An OpenAI list whose output is the items alone, as `@trigger.dev/openai` returned them
 * (`files.list` → `FileObject[]`); `{ paginate }` reads further pages the same way.
 */
export function itemsPager<P, Item>(
  fetch: (client: OpenAI, params: P) => Promise<OpenaiPage<Item>>,
  maxPageSize = 100,
): Pager<OpenAI, P, Item[]> {
  return {
    async read(client, params, from, pageSize) {
      const asked = (params as CursorParams | undefined)?.limit ?? maxPageSize;
      const request = {
        ...(params ?? {}),
        ...(from === undefined ? {} : { after: from }),
        ...(pageSize === undefined ? {} : { limit: Math.min(asked, pageSize, maxPageSize) }),
      } as P;
      const page = await fetch(client, request);
      return { page: page.data, items: page.data, next: nextAfter(page) };
    },
    assemble: (_last, items) => items as Item[],
  };
}
