import type { StripeObject } from "./object-store.js";
import { type Answer, invalidRequest, resourceMissing } from "./stripe-error.js";

/** Parameters that page, expand or range a listing rather than filter it by equality. */
const NOT_FILTERS = new Set(["limit", "starting_after", "ending_before", "expand", "created", "page", "query"]);

const idOf = (value: unknown) =>
  value && typeof value === "object" && "id" in value ? (value as { id: unknown }).id : value;

/** Whether an object passes a listing's filters: equal top-level values (`customer=cus_1`) and a `created` range. */
export function matchesFilters(object: StripeObject, params: Record<string, unknown>): boolean {
  for (const [key, wanted] of Object.entries(params)) {
    if (NOT_FILTERS.has(key) || typeof wanted === "object" || !(key in object)) continue;
    if (String(idOf(object[key])) !== String(wanted)) return false;
  }
  const created = params.created;
  const at = typeof object.created === "number" ? object.created : undefined;
  if (created !== undefined && at !== undefined) {
    if (typeof created === "number") return at === created;
    const range = created as { gt?: number; gte?: number; lt?: number; lte?: number };
    if (range.gt !== undefined && !(at > range.gt)) return false;
    if (range.gte !== undefined && !(at >= range.gte)) return false;
    if (range.lt !== undefined && !(at < range.lt)) return false;
    if (range.lte !== undefined && !(at <= range.lte)) return false;
  }
  return true;
}

/** Stripe's default and largest page sizes. */
const DEFAULT_LIMIT = 10;
const MAX_LIMIT = 100;

function limitOf(params: Record<string, unknown>): number | Answer {
  const limit = params.limit ?? DEFAULT_LIMIT;
  if (typeof limit !== "number" || limit < 1 || limit > MAX_LIMIT) {
    return invalidRequest(`Invalid limit: must be between 1 and ${MAX_LIMIT}`, {
      param: "limit",
      code: "parameter_invalid_integer",
    });
  }
  return limit;
}

/**
 * One page of a list, as Stripe answers `GET /v1/<objects>`: newest first, `limit` items after
 * `starting_after` (or before `ending_before`), and `has_more`. A cursor that names no object of
 * the list is a 404, as at Stripe.
 */
export function listPage(items: readonly StripeObject[], params: Record<string, unknown>, url: string): Answer {
  const limit = limitOf(params);
  if (typeof limit !== "number") return limit;
  const { starting_after: after, ending_before: before } = params;
  if (after !== undefined && before !== undefined) {
    return invalidRequest("You may only specify one of these parameters: ending_before, starting_after.");
  }
  const cursor = (after ?? before) as string | undefined;
  const at = cursor === undefined ? -1 : items.findIndex((item) => item.id === cursor);
  if (cursor !== undefined && at < 0) return resourceMissing(items[0]?.object ?? "object", cursor, "starting_after");
  const data = before !== undefined ? items.slice(Math.max(0, at - limit), at) : items.slice(at + 1, at + 1 + limit);
  const has_more = before !== undefined ? at - limit > 0 : at + 1 + limit < items.length;
  return { status: 200, body: { object: "list", data, has_more, url } };
}

/** A clause of Stripe's search language: `email:'a@b.c'`, `metadata['order']:'42'`, `name~'acme'`. */
const CLAUSE = /^(-)?(?:metadata\[['"]([^'"]+)['"]\]|([a-z_]+))(:|~)(?:'([^']*)'|"([^"]*)"|(\S+))$/;

/** The objects matching a search query (clauses joined by AND), or a 400 for a query the stand-in cannot read. */
function searchMatches(items: readonly StripeObject[], query: string): StripeObject[] | Answer {
  const clauses = query.trim() === "" ? [] : query.trim().split(/\s+AND\s+/i);
  const tests: ((object: StripeObject) => boolean)[] = [];
  for (const clause of clauses) {
    const match = CLAUSE.exec(clause.trim());
    if (!match) return invalidRequest(`Invalid search query: ${clause}`, { param: "query" });
    const [, negated, metaKey, field, operator, single, double, bare] = match;
    const wanted = single ?? double ?? bare ?? "";
    tests.push((object) => {
      const value = metaKey
        ? (object.metadata as Record<string, unknown> | undefined)?.[metaKey]
        : object[field as string];
      const text = value === undefined || value === null ? "" : String(idOf(value));
      const hit = operator === "~" ? text.toLowerCase().includes(wanted.toLowerCase()) : text === wanted;
      return negated ? !hit : hit;
    });
  }
  return items.filter((object) => tests.every((test) => test(object)));
}

/** One page of a search (`GET /v1/<objects>/search`): `next_page` is an opaque token, as at Stripe. */
export function searchPage(items: readonly StripeObject[], params: Record<string, unknown>, url: string): Answer {
  const limit = limitOf(params);
  if (typeof limit !== "number") return limit;
  const matches = searchMatches(items, String(params.query ?? ""));
  if (!Array.isArray(matches)) return matches;
  const page = typeof params.page === "string" ? /^page_(\d+)$/.exec(params.page) : null;
  if (params.page !== undefined && !page) return invalidRequest("Invalid page token.", { param: "page" });
  const offset = page ? Number(page[1]) : 0;
  const data = matches.slice(offset, offset + limit);
  const more = offset + limit < matches.length;
  return {
    status: 200,
    body: {
      object: "search_result",
      data,
      has_more: more,
      next_page: more ? `page_${offset + limit}` : null,
      total_count: matches.length,
      url,
    },
  };
}
