import type { IntegrationTaskKey } from "@trigger.dev/sdk";
import { type ListOptions, type RouteData, type RouteParams, repoOf, TaskNamespace } from "./task-namespace.js";

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
export class Issues extends TaskNamespace {
  /** Opens an issue. `POST /repos/{owner}/{repo}/issues` */
  create(
    key: IntegrationTaskKey,
    params: Pick<RouteParams<"POST /repos/{owner}/{repo}/issues">, "body" | "assignees" | "labels" | "milestone"> & {
      owner: string;
      repo: string;
      title: string;
    },
  ): Promise<RouteData<"POST /repos/{owner}/{repo}/issues">> {
    return this.endpoint(key, "POST /repos/{owner}/{repo}/issues", params, {
      name: "Create Issue",
      properties: [...repoOf(params), ["Title", params.title]],
    });
  }

  /** Adds assignees to an issue. `POST /repos/{owner}/{repo}/issues/{issue_number}/assignees` */
  addAssignees(
    key: IntegrationTaskKey,
    params: IssueRef & { assignees: string[] },
  ): Promise<RouteData<"POST /repos/{owner}/{repo}/issues/{issue_number}/assignees">> {
    const { owner, repo, issueNumber, assignees } = params;
    return this.endpoint(
      key,
      "POST /repos/{owner}/{repo}/issues/{issue_number}/assignees",
      { owner, repo, issue_number: issueNumber, assignees },
      {
        name: "Add Issue Assignees",
        properties: [...issueOf(params), ["Assignees", assignees.join(", ")]],
        shownParams: params,
      },
    );
  }

  /** Adds labels to an issue. `POST /repos/{owner}/{repo}/issues/{issue_number}/labels` */
  addLabels(
    key: IntegrationTaskKey,
    params: IssueRef & { labels: string[] },
  ): Promise<RouteData<"POST /repos/{owner}/{repo}/issues/{issue_number}/labels">> {
    const { owner, repo, issueNumber, labels } = params;
    return this.endpoint(
      key,
      "POST /repos/{owner}/{repo}/issues/{issue_number}/labels",
      { owner, repo, issue_number: issueNumber, labels },
      {
        name: "Add Issue Labels",
        properties: [...issueOf(params), ["Labels", labels.join(", ")]],
        shownParams: params,
      },
    );
  }

  /** Comments on an issue or pull request. `POST /repos/{owner}/{repo}/issues/{issue_number}/comments` */
  createComment(
    key: IntegrationTaskKey,
    params: IssueRef & { body: string },
  ): Promise<RouteData<"POST /repos/{owner}/{repo}/issues/{issue_number}/comments">> {
    const { owner, repo, issueNumber, body } = params;
    return this.endpoint(
      key,
      "POST /repos/{owner}/{repo}/issues/{issue_number}/comments",
      { owner, repo, issue_number: issueNumber, body },
      { name: "Create Issue Comment", properties: issueOf(params), shownParams: params },
    );
  }

  /** Gets an issue. `GET /repos/{owner}/{repo}/issues/{issue_number}` */
  get(
    key: IntegrationTaskKey,
    params: IssueRef,
  ): Promise<RouteData<"GET /repos/{owner}/{repo}/issues/{issue_number}">> {
    const { owner, repo, issueNumber } = params;
    return this.endpoint(
      key,
      "GET /repos/{owner}/{repo}/issues/{issue_number}",
      { owner, repo, issue_number: issueNumber },
      { name: "Get Issue", properties: issueOf(params), shownParams: params },
    );
  }

  /** Edits an issue: title, body, state, labels, assignees, milestone. `PATCH /repos/{owner}/{repo}/issues/{issue_number}` */
  update(
    key: IntegrationTaskKey,
    params: RouteParams<"PATCH /repos/{owner}/{repo}/issues/{issue_number}">,
  ): Promise<RouteData<"PATCH /repos/{owner}/{repo}/issues/{issue_number}">> {
    return this.endpoint(key, "PATCH /repos/{owner}/{repo}/issues/{issue_number}", params, {
      name: "Update Issue",
      properties: [...numbered(params), ["State", params.state]],
    });
  }

  /** Lists a repository's issues (and pull requests). `GET /repos/{owner}/{repo}/issues` */
  listForRepo(
    key: IntegrationTaskKey,
    params: RouteParams<"GET /repos/{owner}/{repo}/issues">,
    options?: ListOptions,
  ): Promise<RouteData<"GET /repos/{owner}/{repo}/issues">> {
    return this.listing(
      key,
      "GET /repos/{owner}/{repo}/issues",
      params,
      { name: "List Repo Issues", properties: [...repoOf(params), ["State", params.state]] },
      options,
    );
  }

  /** Removes one label from an issue. `DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels/{name}` */
  removeLabel(
    key: IntegrationTaskKey,
    params: RouteParams<"DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels/{name}">,
  ): Promise<RouteData<"DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels/{name}">> {
    return this.endpoint(key, "DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels/{name}", params, {
      name: "Remove Issue Label",
      properties: [...numbered(params), ["Label", params.name]],
    });
  }

  /** Gets one issue comment. `GET /repos/{owner}/{repo}/issues/comments/{comment_id}` */
  getComment(
    key: IntegrationTaskKey,
    params: RouteParams<"GET /repos/{owner}/{repo}/issues/comments/{comment_id}">,
  ): Promise<RouteData<"GET /repos/{owner}/{repo}/issues/comments/{comment_id}">> {
    return this.endpoint(key, "GET /repos/{owner}/{repo}/issues/comments/{comment_id}", params, {
      name: "Get Issue Comment",
      properties: commentOf(params),
    });
  }

  /** Edits an issue comment. `PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}` */
  updateComment(
    key: IntegrationTaskKey,
    params: RouteParams<"PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}">,
  ): Promise<RouteData<"PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}">> {
    return this.endpoint(key, "PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}", params, {
      name: "Update Issue Comment",
      properties: commentOf(params),
    });
  }

  /** Deletes an issue comment. `DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}` */
  deleteComment(
    key: IntegrationTaskKey,
    params: RouteParams<"DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}">,
  ): Promise<RouteData<"DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}">> {
    return this.endpoint(key, "DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}", params, {
      name: "Delete Issue Comment",
      properties: commentOf(params),
    });
  }

  /** Lists the comments on an issue or pull request. `GET /repos/{owner}/{repo}/issues/{issue_number}/comments` */
  listComments(
    key: IntegrationTaskKey,
    params: RouteParams<"GET /repos/{owner}/{repo}/issues/{issue_number}/comments">,
    options?: ListOptions,
  ): Promise<RouteData<"GET /repos/{owner}/{repo}/issues/{issue_number}/comments">> {
    return this.listing(
      key,
      "GET /repos/{owner}/{repo}/issues/{issue_number}/comments",
      params,
      { name: "List Issue Comments", properties: numbered(params) },
      options,
    );
  }

  /** Locks an issue's conversation. `PUT /repos/{owner}/{repo}/issues/{issue_number}/lock` */
  lock(
    key: IntegrationTaskKey,
    params: RouteParams<"PUT /repos/{owner}/{repo}/issues/{issue_number}/lock">,
  ): Promise<RouteData<"PUT /repos/{owner}/{repo}/issues/{issue_number}/lock">> {
    return this.endpoint(key, "PUT /repos/{owner}/{repo}/issues/{issue_number}/lock", params, {
      name: "Lock Issue",
      properties: [...numbered(params), ["Reason", params.lock_reason]],
    });
  }

  /** Unlocks an issue's conversation. `DELETE /repos/{owner}/{repo}/issues/{issue_number}/lock` */
  unlock(
    key: IntegrationTaskKey,
    params: RouteParams<"DELETE /repos/{owner}/{repo}/issues/{issue_number}/lock">,
  ): Promise<RouteData<"DELETE /repos/{owner}/{repo}/issues/{issue_number}/lock">> {
    return this.endpoint(key, "DELETE /repos/{owner}/{repo}/issues/{issue_number}/lock", params, {
      name: "Unlock Issue",
      properties: numbered(params),
    });
  }
}
