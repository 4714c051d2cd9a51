// @ts-check

const ROUTE = /^(GET|POST|PUT|PATCH|DELETE) (\/[^\s?#]*)$/;

/**
 * A route as Octokit names them, `"POST /repos/{owner}/{repo}/issues"`: `{name}` segments match
 * any value, the others match literally (case-insensitively, as GitHub treats owners and repos), so
 * `"POST /repos/acme/app/issues"` narrows it to one repository.
 * @param {string} route
 * @returns {{ method: string; segments: string[] }}
 */
export function parseRoute(route) {
  const match = ROUTE.exec(route);
  if (!match?.[1] || !match[2]) {
    throw new TypeError(
      `GitHub stand-in: "${route}" is not a route; write it as Octokit does, such as "POST /repos/{owner}/{repo}/issues"`,
    );
  }
  return { method: match[1], segments: match[2].split("/").slice(1) };
}

/**
 * The `{name}` values of `pathname` when it matches the route's path, undefined otherwise.
 * @param {{ segments: string[] }} route @param {string} pathname
 * @returns {Record<string, string> | undefined}
 */
export function matchPath(route, pathname) {
  const parts = pathname.split("/").slice(1);
  if (parts.length !== route.segments.length) return undefined;
  /** @type {Record<string, string>} */
  const values = {};
  for (const [index, segment] of route.segments.entries()) {
    const part = decodeURIComponent(parts[index] ?? "");
    const name = /^\{(\w+)\}$/.exec(segment)?.[1];
    if (name && part) values[name] = part;
    else if (segment.toLowerCase() !== part.toLowerCase()) return undefined;
  }
  return values;
}
