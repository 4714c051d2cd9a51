import { type RunMode, TaskGroup } from "@acme/integration-kit";
import type { Octokit } from "octokit";
import { earlierPull } from "./earlier-results.js";
import { type RouteParams, repoOf, route, routePager } from "./github-routes.js";

const pullOf = (params: { owner: string; repo: string; pull_number: number }) => [
  ...repoOf(params),
  ["Pull Request", `#${params.pull_number}`] as const,
];

/** `io.github.pulls`: pull requests, their files, reviewers and reviews. */
export class Pulls<M extends RunMode = "job"> extends TaskGroup<Octokit, M> {
  /** Opens a pull request from `head` into `base`. `POST /repos/{owner}/{repo}/pulls` */
  readonly create = this.task({
    name: "Create Pull Request",
    call: route<"POST /repos/{owner}/{repo}/pulls", RouteParams<"POST /repos/{owner}/{repo}/pulls">>(
      "POST /repos/{owner}/{repo}/pulls",
    ),
    properties: (params) => [...repoOf(params), ["Head", params.head], ["Base", params.base], ["Title", params.title]],
    sideEffect: earlierPull,
  });

  /** Gets a pull request. `GET /repos/{owner}/{repo}/pulls/{pull_number}` */
  readonly get = this.task({
    name: "Get Pull Request",
    call: route<
      "GET /repos/{owner}/{repo}/pulls/{pull_number}",
      RouteParams<"GET /repos/{owner}/{repo}/pulls/{pull_number}">
    >("GET /repos/{owner}/{repo}/pulls/{pull_number}"),
    properties: (params) => pullOf(params),
    sideEffect: "none",
  });

  /** Edits a pull request: title, body, state, base. `PATCH /repos/{owner}/{repo}/pulls/{pull_number}` */
  readonly update = this.task({
    name: "Update Pull Request",
    call: route<
      "PATCH /repos/{owner}/{repo}/pulls/{pull_number}",
      RouteParams<"PATCH /repos/{owner}/{repo}/pulls/{pull_number}">
    >("PATCH /repos/{owner}/{repo}/pulls/{pull_number}"),
    properties: (params) => [...pullOf(params), ["State", params.state]],
    sideEffect: "idempotent",
  });

  /** Lists pull requests, open ones by default. `GET /repos/{owner}/{repo}/pulls` */
  readonly list = this.listing({
    name: "List Pull Requests",
    pager: routePager<"GET /repos/{owner}/{repo}/pulls", RouteParams<"GET /repos/{owner}/{repo}/pulls">>(
      "GET /repos/{owner}/{repo}/pulls",
      undefined,
    ),
    properties: (params) => [...repoOf(params), ["State", params.state]],
  });

  /** Merges a pull request (merge, squash or rebase). `PUT /repos/{owner}/{repo}/pulls/{pull_number}/merge` */
  readonly merge = this.task({
    name: "Merge Pull Request",
    call: route<
      "PUT /repos/{owner}/{repo}/pulls/{pull_number}/merge",
      RouteParams<"PUT /repos/{owner}/{repo}/pulls/{pull_number}/merge">
    >("PUT /repos/{owner}/{repo}/pulls/{pull_number}/merge"),
    properties: (params) => [...pullOf(params), ["Method", params.merge_method]],
    sideEffect: "idempotent",
  });

  /** Lists the files a pull request changes (up to 3000). `GET /repos/{owner}/{repo}/pulls/{pull_number}/files` */
  readonly listFiles = this.listing({
    name: "List Pull Request Files",
    pager: routePager<
      "GET /repos/{owner}/{repo}/pulls/{pull_number}/files",
      RouteParams<"GET /repos/{owner}/{repo}/pulls/{pull_number}/files">
    >("GET /repos/{owner}/{repo}/pulls/{pull_number}/files", undefined),
    properties: (params) => pullOf(params),
  });

  /** Requests reviews from users or teams. `POST /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers` */
  readonly requestReviewers = this.task({
    name: "Request Reviewers",
    call: route<"POST /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers">(
      "POST /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers",
    ),
    properties: (params) => {
      const reviewers = [...(params.reviewers ?? []), ...(params.team_reviewers ?? []).map((team) => `@${team}`)];
      return [...pullOf(params), ["Reviewers", reviewers.join(", ")]];
    },
    sideEffect: "idempotent",
  });

  /** Reviews a pull request: approve, request changes or comment, with line comments. `POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews` */
  readonly createReview = this.task({
    name: "Create Review",
    call: route<
      "POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews",
      RouteParams<"POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews">
    >("POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews"),
    properties: (params) => [...pullOf(params), ["Event", params.event]],
    sideEffect: "unchecked",
  });
}
