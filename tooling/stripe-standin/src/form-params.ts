/** Parameters as Stripe reads them off the wire: strings, nested by `a[b][0]` brackets. */
export type FormValue = string | FormValue[] | { [key: string]: FormValue };
/** The top level of a request's parameters. */
export type FormParams = { [key: string]: FormValue };

/** `items[0][price]` → `["items", "0", "price"]`; `expand[]` → `["expand", ""]`; undefined when malformed. */
function keyPath(key: string): string[] | undefined {
  const match = /^([^[\]]+)((?:\[[^[\]]*\])*)$/.exec(key);
  if (!match) return undefined;
  const [, head = "", brackets = ""] = match;
  return [head, ...[...brackets.matchAll(/\[([^[\]]*)\]/g)].map((m) => m[1] ?? "")];
}

/**
 * Reads a form-encoded body or query string the way Stripe does (`deepObject`, exploded):
 * brackets nest objects, `[]` appends to an array, and indexed keys (`[0]`) stay object keys
 * until a schema says the value is an array. Throws on a key that is not well formed.
 */
export function parseFormParams(text: string): FormParams {
  const root: FormParams = {};
  for (const [key, value] of new URLSearchParams(text)) {
    const path = keyPath(key);
    if (!path) throw new SyntaxError(`Invalid parameter name: ${key}`);
    let node: { [key: string]: FormValue } | FormValue[] = root;
    path.forEach((segment, index) => {
      const last = index === path.length - 1;
      const nextIsPush = path[index + 1] === "";
      if (Array.isArray(node)) {
        if (last) node.push(value);
        else {
          const child: FormValue = nextIsPush ? [] : {};
          node.push(child);
          node = child as typeof node;
        }
        return;
      }
      if (last) {
        node[segment] = value;
        return;
      }
      const existing: FormValue | undefined = node[segment];
      const child: FormValue = existing !== undefined && typeof existing !== "string" ? existing : nextIsPush ? [] : {};
      node[segment] = child;
      node = child as typeof node;
    });
  }
  return root;
}
