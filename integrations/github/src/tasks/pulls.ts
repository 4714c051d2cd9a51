import type { IntegrationTaskKey } from "@trigger.dev/sdk";
import { type ListOptions, type RouteData, type RouteParams, repoOf, TaskNamespace } from "./task-namespace.js";

const pullOf = (params: { owner: string; repo: string; pull_number: number }) => [
  ...repoOf(params),
  ["Pull Request", `#${params.pull_number}`] as const,
];

/** `io.github.pulls`: pull requests, their files, reviewers and reviews. */
export class Pulls extends TaskNamespace {
  /** Opens a pull request from `head` into `base`. `POST /repos/{owner}/{repo}/pulls` */
  create(
    key: IntegrationTaskKey,
    params: RouteParams<"POST /repos/{owner}/{repo}/pulls">,
  ): Promise<RouteData<"POST /repos/{owner}/{repo}/pulls">> {
    return this.endpoint(key, "POST /repos/{owner}/{repo}/pulls", params, {
      name: "Create Pull Request",
      properties: [...repoOf(params), ["Head", params.head], ["Base", params.base], ["Title", params.title]],
    });
  }

  /** Gets a pull request. `GET /repos/{owner}/{repo}/pulls/{pull_number}` */
  get(
    key: IntegrationTaskKey,
    params: RouteParams<"GET /repos/{owner}/{repo}/pulls/{pull_number}">,
  ): Promise<RouteData<"GET /repos/{owner}/{repo}/pulls/{pull_number}">> {
    return this.endpoint(key, "GET /repos/{owner}/{repo}/pulls/{pull_number}", params, {
      name: "Get Pull Request",
      properties: pullOf(params),
    });
  }

  /** Edits a pull request: title, body, state, base. `PATCH /repos/{owner}/{repo}/pulls/{pull_number}` */
  update(
    key: IntegrationTaskKey,
    params: RouteParams<"PATCH /repos/{owner}/{repo}/pulls/{pull_number}">,
  ): Promise<RouteData<"PATCH /repos/{owner}/{repo}/pulls/{pull_number}">> {
    return this.endpoint(key, "PATCH /repos/{owner}/{repo}/pulls/{pull_number}", params, {
      name: "Update Pull Request",
      properties: [...pullOf(params), ["State", params.state]],
    });
  }

  /** Lists pull requests, open ones by default. `GET /repos/{owner}/{repo}/pulls` */
  list(
    key: IntegrationTaskKey,
    params: RouteParams<"GET /repos/{owner}/{repo}/pulls">,
    options?: ListOptions,
  ): Promise<RouteData<"GET /repos/{owner}/{repo}/pulls">> {
    return this.listing(
      key,
      "GET /repos/{owner}/{repo}/pulls",
      params,
      { name: "List Pull Requests", properties: [...repoOf(params), ["State", params.state]] },
      options,
    );
  }

  /** Merges a pull request (merge, squash or rebase). `PUT /repos/{owner}/{repo}/pulls/{pull_number}/merge` */
  merge(
    key: IntegrationTaskKey,
    params: RouteParams<"PUT /repos/{owner}/{repo}/pulls/{pull_number}/merge">,
  ): Promise<RouteData<"PUT /repos/{owner}/{repo}/pulls/{pull_number}/merge">> {
    return this.endpoint(key, "PUT /repos/{owner}/{repo}/pulls/{pull_number}/merge", params, {
      name: "Merge Pull Request",
      properties: [...pullOf(params), ["Method", params.merge_method]],
    });
  }

  /** Lists the files a pull request changes (up to 3000). `GET /repos/{owner}/{repo}/pulls/{pull_number}/files` */
  listFiles(
    key: IntegrationTaskKey,
    params: RouteParams<"GET /repos/{owner}/{repo}/pulls/{pull_number}/files">,
    options?: ListOptions,
  ): Promise<RouteData<"GET /repos/{owner}/{repo}/pulls/{pull_number}/files">> {
    return this.listing(
      key,
      "GET /repos/{owner}/{repo}/pulls/{pull_number}/files",
      params,
      { name: "List Pull Request Files", properties: pullOf(params) },
      options,
    );
  }

  /** Requests reviews from users or teams. `POST /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers` */
  requestReviewers(
    key: IntegrationTaskKey,
    params: RouteParams<"POST /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers">,
  ): Promise<RouteData<"POST /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers">> {
    const reviewers = [...(params.reviewers ?? []), ...(params.team_reviewers ?? []).map((team) => `@${team}`)];
    return this.endpoint(key, "POST /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers", params, {
      name: "Request Reviewers",
      properties: [...pullOf(params), ["Reviewers", reviewers.join(", ")]],
    });
  }

  /** Reviews a pull request: approve, request changes or comment, with line comments. `POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews` */
  createReview(
    key: IntegrationTaskKey,
    params: RouteParams<"POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews">,
  ): Promise<RouteData<"POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews">> {
    return this.endpoint(key, "POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews", params, {
      name: "Create Review",
      properties: [...pullOf(params), ["Event", params.event]],
    });
  }
}
