import { type RunMode, TaskGroup } from "@acme/integration-kit";
import type { Octokit } from "octokit";
import { earlierComment, earlierIssue } from "./earlier-results.js";
import { type RouteParams, repoOf, route, routePager, send } from "./github-routes.js";

/** Where an issue lives, as `@trigger.dev/github` named it. */
interface IssueRef {
  owner: string;
  repo: string;
  issueNumber: number;
}

const issueOf = (params: IssueRef) => [...repoOf(params), ["Issue", `#${params.issueNumber}`] as const];
const numbered = (params: { owner: string; repo: string; issue_number: number }) => [
  ...repoOf(params),
  ["Issue", `#${params.issue_number}`] as const,
];
const commentOf = (params: { owner: string; repo: string; comment_id: number }) => [
  ...repoOf(params),
  ["Comment", params.comment_id] as const,
];

/** `io.github.issues`: issues, their labels, assignees and comments. */
export class Issues<M extends RunMode = "job"> extends TaskGroup<Octokit, M> {
  /** Opens an issue. `POST /repos/{owner}/{repo}/issues` */
  readonly create = this.task({
    name: "Create Issue",
    call: route<
      "POST /repos/{owner}/{repo}/issues",
      Pick<RouteParams<"POST /repos/{owner}/{repo}/issues">, "body" | "assignees" | "labels" | "milestone"> & {
        owner: string;
        repo: string;
        title: string;
      }
    >("POST /repos/{owner}/{repo}/issues"),
    properties: (params) => [...repoOf(params), ["Title", params.title]],
    sideEffect: earlierIssue,
  });

  /** Adds assignees to an issue. `POST /repos/{owner}/{repo}/issues/{issue_number}/assignees` */
  readonly addAssignees = this.task({
    name: "Add Issue Assignees",
    call: (octokit, { owner, repo, issueNumber, assignees }: IssueRef & { assignees: string[] }) =>
      send(octokit, "POST /repos/{owner}/{repo}/issues/{issue_number}/assignees", {
        owner,
        repo,
        issue_number: issueNumber,
        assignees,
      }),
    properties: (params) => [...issueOf(params), ["Assignees", params.assignees.join(", ")]],
    sideEffect: "idempotent",
  });

  /** Adds labels to an issue. `POST /repos/{owner}/{repo}/issues/{issue_number}/labels` */
  readonly addLabels = this.task({
    name: "Add Issue Labels",
    call: (octokit, { owner, repo, issueNumber, labels }: IssueRef & { labels: string[] }) =>
      send(octokit, "POST /repos/{owner}/{repo}/issues/{issue_number}/labels", {
        owner,
        repo,
        issue_number: issueNumber,
        labels,
      }),
    properties: (params) => [...issueOf(params), ["Labels", params.labels.join(", ")]],
    sideEffect: "idempotent",
  });

  /** Comments on an issue or pull request. `POST /repos/{owner}/{repo}/issues/{issue_number}/comments` */
  readonly createComment = this.task({
    name: "Create Issue Comment",
    call: (octokit, { owner, repo, issueNumber, body }: IssueRef & { body: string }) =>
      send(octokit, "POST /repos/{owner}/{repo}/issues/{issue_number}/comments", {
        owner,
        repo,
        issue_number: issueNumber,
        body,
      }),
    properties: (params) => issueOf(params),
    sideEffect: earlierComment,
  });

  /** Gets an issue. `GET /repos/{owner}/{repo}/issues/{issue_number}` */
  readonly get = this.task({
    name: "Get Issue",
    call: (octokit, { owner, repo, issueNumber }: IssueRef) =>
      send(octokit, "GET /repos/{owner}/{repo}/issues/{issue_number}", {
        owner,
        repo,
        issue_number: issueNumber,
      }),
    properties: (params) => issueOf(params),
    sideEffect: "none",
  });

  /** Edits an issue: title, body, state, labels, assignees, milestone. `PATCH /repos/{owner}/{repo}/issues/{issue_number}` */
  readonly update = this.task({
    name: "Update Issue",
    call: route<
      "PATCH /repos/{owner}/{repo}/issues/{issue_number}",
      RouteParams<"PATCH /repos/{owner}/{repo}/issues/{issue_number}">
    >("PATCH /repos/{owner}/{repo}/issues/{issue_number}"),
    properties: (params) => [...numbered(params), ["State", params.state]],
    sideEffect: "idempotent",
  });

  /** Lists a repository's issues (and pull requests). `GET /repos/{owner}/{repo}/issues` */
  readonly listForRepo = this.listing({
    name: "List Repo Issues",
    pager: routePager<"GET /repos/{owner}/{repo}/issues", RouteParams<"GET /repos/{owner}/{repo}/issues">>(
      "GET /repos/{owner}/{repo}/issues",
      undefined,
    ),
    properties: (params) => [...repoOf(params), ["State", params.state]],
  });

  /** Removes one label from an issue. `DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels/{name}` */
  readonly removeLabel = this.task({
    name: "Remove Issue Label",
    call: route<
      "DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels/{name}",
      RouteParams<"DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels/{name}">
    >("DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels/{name}"),
    properties: (params) => [...numbered(params), ["Label", params.name]],
    sideEffect: "idempotent",
  });

  /** Gets one issue comment. `GET /repos/{owner}/{repo}/issues/comments/{comment_id}` */
  readonly getComment = this.task({
    name: "Get Issue Comment",
    call: route<
      "GET /repos/{owner}/{repo}/issues/comments/{comment_id}",
      RouteParams<"GET /repos/{owner}/{repo}/issues/comments/{comment_id}">
    >("GET /repos/{owner}/{repo}/issues/comments/{comment_id}"),
    properties: (params) => commentOf(params),
    sideEffect: "none",
  });

  /** Edits an issue comment. `PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}` */
  readonly updateComment = this.task({
    name: "Update Issue Comment",
    call: route<
      "PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}",
      RouteParams<"PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}">
    >("PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}"),
    properties: (params) => commentOf(params),
    sideEffect: "idempotent",
  });

  /** Deletes an issue comment. `DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}` */
  readonly deleteComment = this.task({
    name: "Delete Issue Comment",
    call: route<
      "DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}",
      RouteParams<"DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}">
    >("DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}"),
    properties: (params) => commentOf(params),
    sideEffect: "idempotent",
  });

  /** Lists the comments on an issue or pull request. `GET /repos/{owner}/{repo}/issues/{issue_number}/comments` */
  readonly listComments = this.listing({
    name: "List Issue Comments",
    pager: routePager<
      "GET /repos/{owner}/{repo}/issues/{issue_number}/comments",
      RouteParams<"GET /repos/{owner}/{repo}/issues/{issue_number}/comments">
    >("GET /repos/{owner}/{repo}/issues/{issue_number}/comments", undefined),
    properties: (params) => numbered(params),
  });

  /** Locks an issue's conversation. `PUT /repos/{owner}/{repo}/issues/{issue_number}/lock` */
  readonly lock = this.task({
    name: "Lock Issue",
    call: route<
      "PUT /repos/{owner}/{repo}/issues/{issue_number}/lock",
      RouteParams<"PUT /repos/{owner}/{repo}/issues/{issue_number}/lock">
    >("PUT /repos/{owner}/{repo}/issues/{issue_number}/lock"),
    properties: (params) => [...numbered(params), ["Reason", params.lock_reason]],
    sideEffect: "idempotent",
  });

  /** Unlocks an issue's conversation. `DELETE /repos/{owner}/{repo}/issues/{issue_number}/lock` */
  readonly unlock = this.task({
    name: "Unlock Issue",
    call: route<
      "DELETE /repos/{owner}/{repo}/issues/{issue_number}/lock",
      RouteParams<"DELETE /repos/{owner}/{repo}/issues/{issue_number}/lock">
    >("DELETE /repos/{owner}/{repo}/issues/{issue_number}/lock"),
    properties: (params) => numbered(params),
    sideEffect: "idempotent",
  });
}
