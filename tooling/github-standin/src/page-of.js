// @ts-check

/**
 * One page of a listing as GitHub pages it: `per_page` (default 30, at most 100) and `page`
 * (from 1), with a `Link` header to the first, previous, next and last pages when there is more
 * than one, pointing at the request's own URL.
 * @template T
 * @param {T[]} items @param {URL} url the request's URL on the stand-in
 * @returns {{ items: T[]; link: string | undefined }}
 */
export function pageOf(items, url) {
  const perPage = Math.min(Math.max(Number(url.searchParams.get("per_page")) || 30, 1), 100);
  const page = Math.max(Number(url.searchParams.get("page")) || 1, 1);
  const last = Math.max(Math.ceil(items.length / perPage), 1);
  /** @param {number} number @param {string} rel */
  const link = (number, rel) => {
    const target = new URL(url);
    target.searchParams.set("page", String(number));
    return `<${target.href}>; rel="${rel}"`;
  };
  const links = [];
  if (page > 1) links.push(link(1, "first"), link(Math.min(page - 1, last), "prev"));
  if (page < last) links.push(link(page + 1, "next"), link(last, "last"));
  return {
    items: items.slice((page - 1) * perPage, page * perPage),
    link: links.length > 0 ? links.join(", ") : undefined,
  };
}
