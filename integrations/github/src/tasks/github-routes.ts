import { linkHeaderPager, type Pager, type TaskProperty } from "@acme/integration-kit";
import type { Endpoints } from "@octokit/types";
import type { Octokit } from "octokit";

/** A GitHub REST route, as Octokit names it: `"POST /repos/{owner}/{repo}/issues"`. */
export type Route = keyof Endpoints;
/** The parameters GitHub documents for a route (path, query and body together, snake_case). */
export type RouteParams<R extends Route> = Endpoints[R]["parameters"];
/** The JSON GitHub answers a route with: a task's output. */
export type RouteData<R extends Route> = Endpoints[R]["response"]["data"];

/** How a task's params become the route's (the `@trigger.dev/github` camelCase shapes); none sends them as they are. */
type ToRequest<R extends Route, P> = ((params: P) => RouteParams<R>) | undefined;

const requestOf = <R extends Route, P>(params: P, toRequest: ToRequest<R, P>) =>
  (toRequest ? toRequest(params) : params) as RouteParams<R>;

/** The call of a task that sends one request to `route` and outputs GitHub's JSON answer. */
export function route<R extends Route, P = RouteParams<R>>(
  route: R,
  toRequest?: (params: P) => RouteParams<R>,
): (octokit: Octokit, params: P) => Promise<RouteData<R>> {
  return async (octokit, params) =>
    (await octokit.request(route, requestOf(params, toRequest) as never)).data as RouteData<R>;
}

/** GitHub serves at most 100 items a page. */
const MAX_PER_PAGE = 100;

/**
 * The pager of a list route: the kit's `Link` header pager over `route`. `itemsKey` names the
 * field holding the items when GitHub wraps them (`"items"` for search, `"workflow_runs"`).
 */
export function routePager<R extends Route, P = RouteParams<R>>(
  route: R,
  toRequest?: (params: P) => RouteParams<R>,
  options: { itemsKey?: string } = {},
): Pager<Octokit, P, RouteData<R>> {
  return linkHeaderPager<Octokit, P, RouteData<R>>({
    first: (octokit, params, pageSize) => {
      const request = requestOf(params, toRequest) as Record<string, unknown>;
      const asked = typeof request.per_page === "number" ? request.per_page : MAX_PER_PAGE;
      const perPage = pageSize === undefined ? {} : { per_page: Math.min(asked, pageSize, MAX_PER_PAGE) };
      return octokit.request(route, { ...request, ...perPage } as never) as never;
    },
    follow: (octokit, url) => octokit.request({ method: "GET", url } as never) as never,
    ...(options.itemsKey ? { itemsKey: options.itemsKey } : {}),
  });
}

/** Repository properties most tasks show first. */
export const repoOf = (params: { owner: string; repo: string }): TaskProperty[] => [
  ["Owner", params.owner],
  ["Repo", params.repo],
];

/** Sends one request to `route` and answers GitHub's JSON: the body of most task calls. */
export async function send<R extends Route>(octokit: Octokit, route: R, params: RouteParams<R>): Promise<RouteData<R>> {
  return (await octokit.request(route, params as never)).data as RouteData<R>;
}
