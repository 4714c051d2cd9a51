import { type RunMode, TaskGroup } from "@acme/integration-kit";
import type { Octokit } from "octokit";
import { type RouteParams, routePager } from "./github-routes.js";

/** `io.github.search`: GitHub search (its own, lower rate limit: 30 requests a minute). */
export class Search<M extends RunMode = "job"> extends TaskGroup<Octokit, M> {
  /** Searches issues and pull requests (`q: "repo:acme/app is:open label:bug"`). `GET /search/issues` */
  readonly issuesAndPullRequests = this.listing({
    name: "Search Issues And Pull Requests",
    pager: routePager<"GET /search/issues", RouteParams<"GET /search/issues">>("GET /search/issues", undefined, {
      itemsKey: "items",
    }),
    properties: (params) => [["Query", params.q]],
  });
}
