import type { IntegrationTaskKey } from "@trigger.dev/sdk";
import { type ListOptions, type RouteData, type RouteParams, TaskNamespace } from "./task-namespace.js";

/** `io.github.search`: GitHub search (its own, lower rate limit: 30 requests a minute). */
export class Search extends TaskNamespace {
  /** Searches issues and pull requests (`q: "repo:acme/app is:open label:bug"`). `GET /search/issues` */
  issuesAndPullRequests(
    key: IntegrationTaskKey,
    params: RouteParams<"GET /search/issues">,
    options?: ListOptions,
  ): Promise<RouteData<"GET /search/issues">> {
    return this.listing(
      key,
      "GET /search/issues",
      params,
      { name: "Search Issues And Pull Requests", properties: [["Query", params.q]], itemsKey: "items" },
      options,
    );
  }
}
