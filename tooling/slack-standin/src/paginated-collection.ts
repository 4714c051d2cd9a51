import type { SlackMethod } from "./slack-api-description.js";

/** Page size when a request names no `limit` (Slack's own default for most list methods). */
const DEFAULT_LIMIT = 100;
const MAX_LIMIT = 1000;

/** The array a cursor-paginated method pages through (`channels`, `members`, ...), if it is one. */
export function collectionKey(method: SlackMethod): string | undefined {
  if (!method.parameters.includes("cursor")) return undefined;
  const arrays = Object.entries(method.example).filter(([, value]) => Array.isArray(value) && value.length > 0);
  return arrays.length === 1 ? arrays[0]?.[0] : undefined;
}

/** Item `index` of a collection: the example's items in turn, with ids and timestamps made unique. */
function itemAt(examples: readonly unknown[], index: number): unknown {
  const item = structuredClone(examples[index % examples.length]);
  if (typeof item === "string") return `${item}${index}`;
  if (item && typeof item === "object") {
    const record = item as Record<string, unknown>;
    if (typeof record.id === "string") record.id = `${record.id}${index}`;
    if (typeof record.ts === "string") record.ts = `${1_500_000_000 + index}.000100`;
  }
  return item;
}

/** An opaque cursor as Slack makes them: base64 of `<kind>:<value>` (`next_ts:1512085861.000543`). */
export const encodeCursor = (kind: string, value: string | number) =>
  Buffer.from(`${kind}:${value}`).toString("base64");

/** The value of a cursor of `kind` the stand-in issued, or undefined for any other text. */
export function decodeCursor(kind: string, cursor: string): string | undefined {
  const text = Buffer.from(cursor, "base64").toString("utf8");
  return text.startsWith(`${kind}:`) ? text.slice(kind.length + 1) : undefined;
}

/** The page size a request asks for with `limit`, within Slack's bounds. */
export const pageLimit = (params: Record<string, string>) =>
  Math.min(Math.max(Number(params.limit) || DEFAULT_LIMIT, 1), MAX_LIMIT);

/**
 * One page of a collection of `size` items built from the method's example, honouring `limit` and
 * `cursor` as Slack does; the last page has an empty `next_cursor`. Undefined for a cursor the
 * stand-in did not issue (Slack answers `invalid_cursor`).
 */
export function pageOf(
  method: SlackMethod,
  key: string,
  size: number,
  params: Record<string, string>,
): Record<string, unknown> | undefined {
  const value = params.cursor ? decodeCursor("offset", params.cursor) : "0";
  if (value === undefined || !/^\d+$/.test(value)) return undefined;
  const offset = Number(value);
  const limit = pageLimit(params);
  const examples = method.example[key] as unknown[];
  const end = Math.min(offset + limit, size);
  const items = Array.from({ length: Math.max(end - offset, 0) }, (_, i) => itemAt(examples, offset + i));
  const previous = (method.example.response_metadata ?? {}) as Record<string, unknown>;
  return {
    ...structuredClone(method.example),
    [key]: items,
    ...("has_more" in method.example ? { has_more: end < size } : {}),
    response_metadata: { ...previous, next_cursor: end < size ? encodeCursor("offset", end) : "" },
  };
}
