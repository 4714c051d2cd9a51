import type { IntegrationTaskKey } from "@trigger.dev/sdk";
import { type ListOptions, type RouteData, type RouteParams, repoOf, TaskNamespace } from "./task-namespace.js";

/** Webhook settings as `@trigger.dev/github` took them: always JSON payloads, signed with `secret`. */
export interface WebhookParams {
  url: string;
  secret: string;
}

const hookConfig = (params: WebhookParams) => ({ content_type: "json", url: params.url, secret: params.secret });

/** `io.github.repos`: repositories, their webhooks, releases, contents, commits and branches. */
export class Repos extends TaskNamespace {
  /** Gets a repository. `GET /repos/{owner}/{repo}` */
  get(
    key: IntegrationTaskKey,
    params: { owner: string; repo: string },
  ): Promise<RouteData<"GET /repos/{owner}/{repo}">> {
    const { owner, repo } = params;
    return this.endpoint(
      key,
      "GET /repos/{owner}/{repo}",
      { owner, repo },
      { name: "Get Repo", properties: repoOf(params) },
    );
  }

  /** Points a repository webhook at `url`, optionally adding events. `PATCH /repos/{owner}/{repo}/hooks/{hook_id}` */
  updateWebhook(
    key: IntegrationTaskKey,
    params: WebhookParams & { owner: string; repo: string; hookId: number; addEvents?: string[] },
  ): Promise<RouteData<"PATCH /repos/{owner}/{repo}/hooks/{hook_id}">> {
    const { owner, repo, hookId, addEvents } = params;
    return this.endpoint(
      key,
      "PATCH /repos/{owner}/{repo}/hooks/{hook_id}",
      { owner, repo, hook_id: hookId, config: hookConfig(params), add_events: addEvents },
      { name: "Update Webhook", properties: [...repoOf(params), ["Hook ID", hookId]], shownParams: params },
    );
  }

  /** Creates a repository webhook sending JSON to `url`. `POST /repos/{owner}/{repo}/hooks` */
  createWebhook(
    key: IntegrationTaskKey,
    params: WebhookParams & { owner: string; repo: string; events: string[] },
  ): Promise<RouteData<"POST /repos/{owner}/{repo}/hooks">> {
    const { owner, repo, events } = params;
    return this.endpoint(
      key,
      "POST /repos/{owner}/{repo}/hooks",
      { owner, repo, config: hookConfig(params), events },
      { name: "Create Webhook", properties: [...repoOf(params), ["Events", events.join(", ")]], shownParams: params },
    );
  }

  /** Lists a repository's webhooks. `GET /repos/{owner}/{repo}/hooks` */
  listWebhooks(
    key: IntegrationTaskKey,
    params: { owner: string; repo: string },
    options?: ListOptions,
  ): Promise<RouteData<"GET /repos/{owner}/{repo}/hooks">> {
    const { owner, repo } = params;
    return this.listing(
      key,
      "GET /repos/{owner}/{repo}/hooks",
      { owner, repo },
      { name: "List Webhooks", properties: repoOf(params) },
      options,
    );
  }

  /** Publishes a release (and its tag, when new). `POST /repos/{owner}/{repo}/releases` */
  createRelease(
    key: IntegrationTaskKey,
    params: RouteParams<"POST /repos/{owner}/{repo}/releases">,
  ): Promise<RouteData<"POST /repos/{owner}/{repo}/releases">> {
    return this.endpoint(key, "POST /repos/{owner}/{repo}/releases", params, {
      name: "Create Release",
      properties: [...repoOf(params), ["Tag", params.tag_name]],
    });
  }

  /** Gets a release by id. `GET /repos/{owner}/{repo}/releases/{release_id}` */
  getRelease(
    key: IntegrationTaskKey,
    params: RouteParams<"GET /repos/{owner}/{repo}/releases/{release_id}">,
  ): Promise<RouteData<"GET /repos/{owner}/{repo}/releases/{release_id}">> {
    return this.endpoint(key, "GET /repos/{owner}/{repo}/releases/{release_id}", params, {
      name: "Get Release",
      properties: [...repoOf(params), ["Release", params.release_id]],
    });
  }

  /** Gets a file (base64 `content`) or a directory listing. `GET /repos/{owner}/{repo}/contents/{path}` */
  getContent(
    key: IntegrationTaskKey,
    params: RouteParams<"GET /repos/{owner}/{repo}/contents/{path}">,
  ): Promise<RouteData<"GET /repos/{owner}/{repo}/contents/{path}">> {
    return this.endpoint(key, "GET /repos/{owner}/{repo}/contents/{path}", params, {
      name: "Get Content",
      properties: [...repoOf(params), ["Path", params.path], ["Ref", params.ref]],
    });
  }

  /** Commits one file (base64 `content`); pass `sha` to replace an existing file. `PUT /repos/{owner}/{repo}/contents/{path}` */
  createOrUpdateFileContents(
    key: IntegrationTaskKey,
    params: RouteParams<"PUT /repos/{owner}/{repo}/contents/{path}">,
  ): Promise<RouteData<"PUT /repos/{owner}/{repo}/contents/{path}">> {
    return this.endpoint(key, "PUT /repos/{owner}/{repo}/contents/{path}", params, {
      name: "Create Or Update File",
      properties: [...repoOf(params), ["Path", params.path], ["Branch", params.branch]],
    });
  }

  /** Lists commits, newest first, optionally of one branch, path or author. `GET /repos/{owner}/{repo}/commits` */
  listCommits(
    key: IntegrationTaskKey,
    params: RouteParams<"GET /repos/{owner}/{repo}/commits">,
    options?: ListOptions,
  ): Promise<RouteData<"GET /repos/{owner}/{repo}/commits">> {
    return this.listing(
      key,
      "GET /repos/{owner}/{repo}/commits",
      params,
      { name: "List Commits", properties: [...repoOf(params), ["Ref", params.sha], ["Path", params.path]] },
      options,
    );
  }

  /** Compares two commits, branches or tags (`base...head`). `GET /repos/{owner}/{repo}/compare/{basehead}` */
  compareCommits(
    key: IntegrationTaskKey,
    params: RouteParams<"GET /repos/{owner}/{repo}/compare/{basehead}">,
  ): Promise<RouteData<"GET /repos/{owner}/{repo}/compare/{basehead}">> {
    return this.endpoint(key, "GET /repos/{owner}/{repo}/compare/{basehead}", params, {
      name: "Compare Commits",
      properties: [...repoOf(params), ["Compare", params.basehead]],
    });
  }

  /** Fires a `repository_dispatch` event. `POST /repos/{owner}/{repo}/dispatches` */
  createDispatchEvent(
    key: IntegrationTaskKey,
    params: RouteParams<"POST /repos/{owner}/{repo}/dispatches">,
  ): Promise<RouteData<"POST /repos/{owner}/{repo}/dispatches">> {
    return this.endpoint(key, "POST /repos/{owner}/{repo}/dispatches", params, {
      name: "Create Dispatch Event",
      properties: [...repoOf(params), ["Event", params.event_type]],
    });
  }

  /** Lists branches. `GET /repos/{owner}/{repo}/branches` */
  listBranches(
    key: IntegrationTaskKey,
    params: RouteParams<"GET /repos/{owner}/{repo}/branches">,
    options?: ListOptions,
  ): Promise<RouteData<"GET /repos/{owner}/{repo}/branches">> {
    return this.listing(
      key,
      "GET /repos/{owner}/{repo}/branches",
      params,
      { name: "List Branches", properties: repoOf(params) },
      options,
    );
  }

  /** Gets a branch with its head commit and protection. `GET /repos/{owner}/{repo}/branches/{branch}` */
  getBranch(
    key: IntegrationTaskKey,
    params: RouteParams<"GET /repos/{owner}/{repo}/branches/{branch}">,
  ): Promise<RouteData<"GET /repos/{owner}/{repo}/branches/{branch}">> {
    return this.endpoint(key, "GET /repos/{owner}/{repo}/branches/{branch}", params, {
      name: "Get Branch",
      properties: [...repoOf(params), ["Branch", params.branch]],
    });
  }
}
