import { type RunMode, TaskGroup } from "@acme/integration-kit";
import type { Octokit } from "octokit";
import { earlierRelease, earlierRepoHook } from "./earlier-results.js";
import { type RouteParams, repoOf, route, routePager, send } from "./github-routes.js";

/** Webhook settings as `@trigger.dev/github` took them: always JSON payloads, signed with `secret`. */
export interface WebhookParams {
  url: string;
  secret: string;
}

const hookConfig = (params: WebhookParams) => ({ content_type: "json", url: params.url, secret: params.secret });

/** `io.github.repos`: repositories, their webhooks, releases, contents, commits and branches. */
export class Repos<M extends RunMode = "job"> extends TaskGroup<Octokit, M> {
  /** Gets a repository. `GET /repos/{owner}/{repo}` */
  readonly get = this.task({
    name: "Get Repo",
    call: (octokit, { owner, repo }: { owner: string; repo: string }) =>
      send(octokit, "GET /repos/{owner}/{repo}", { owner, repo }),
    properties: (params) => repoOf(params),
    sideEffect: "none",
  });

  /** Points a repository webhook at `url`, optionally adding events. `PATCH /repos/{owner}/{repo}/hooks/{hook_id}` */
  readonly updateWebhook = this.task({
    name: "Update Webhook",
    call: (octokit, params: WebhookParams & { owner: string; repo: string; hookId: number; addEvents?: string[] }) =>
      send(octokit, "PATCH /repos/{owner}/{repo}/hooks/{hook_id}", {
        owner: params.owner,
        repo: params.repo,
        hook_id: params.hookId,
        config: hookConfig(params),
        add_events: params.addEvents,
      }),
    properties: (params) => [...repoOf(params), ["Hook ID", params.hookId]],
    sideEffect: "idempotent",
  });

  /** Creates a repository webhook sending JSON to `url`. `POST /repos/{owner}/{repo}/hooks` */
  readonly createWebhook = this.task({
    name: "Create Webhook",
    call: (octokit, params: WebhookParams & { owner: string; repo: string; events: string[] }) =>
      send(octokit, "POST /repos/{owner}/{repo}/hooks", {
        owner: params.owner,
        repo: params.repo,
        config: hookConfig(params),
        events: params.events,
      }),
    properties: (params) => [...repoOf(params), ["Events", params.events.join(", ")]],
    sideEffect: earlierRepoHook,
  });

  /** Lists a repository's webhooks. `GET /repos/{owner}/{repo}/hooks` */
  readonly listWebhooks = this.listing({
    name: "List Webhooks",
    pager: routePager("GET /repos/{owner}/{repo}/hooks", ({ owner, repo }: { owner: string; repo: string }) => ({
      owner,
      repo,
    })),
    properties: (params) => repoOf(params),
  });

  /** Publishes a release (and its tag, when new). `POST /repos/{owner}/{repo}/releases` */
  readonly createRelease = this.task({
    name: "Create Release",
    call: route<"POST /repos/{owner}/{repo}/releases", RouteParams<"POST /repos/{owner}/{repo}/releases">>(
      "POST /repos/{owner}/{repo}/releases",
    ),
    properties: (params) => [...repoOf(params), ["Tag", params.tag_name]],
    sideEffect: earlierRelease,
  });

  /** Gets a release by id. `GET /repos/{owner}/{repo}/releases/{release_id}` */
  readonly getRelease = this.task({
    name: "Get Release",
    call: route<
      "GET /repos/{owner}/{repo}/releases/{release_id}",
      RouteParams<"GET /repos/{owner}/{repo}/releases/{release_id}">
    >("GET /repos/{owner}/{repo}/releases/{release_id}"),
    properties: (params) => [...repoOf(params), ["Release", params.release_id]],
    sideEffect: "none",
  });

  /** Gets a file (base64 `content`) or a directory listing. `GET /repos/{owner}/{repo}/contents/{path}` */
  readonly getContent = this.task({
    name: "Get Content",
    call: route<"GET /repos/{owner}/{repo}/contents/{path}", RouteParams<"GET /repos/{owner}/{repo}/contents/{path}">>(
      "GET /repos/{owner}/{repo}/contents/{path}",
    ),
    properties: (params) => [...repoOf(params), ["Path", params.path], ["Ref", params.ref]],
    sideEffect: "none",
  });

  /** Commits one file (base64 `content`); pass `sha` to replace an existing file. `PUT /repos/{owner}/{repo}/contents/{path}` */
  readonly createOrUpdateFileContents = this.task({
    name: "Create Or Update File",
    call: route<"PUT /repos/{owner}/{repo}/contents/{path}", RouteParams<"PUT /repos/{owner}/{repo}/contents/{path}">>(
      "PUT /repos/{owner}/{repo}/contents/{path}",
    ),
    properties: (params) => [...repoOf(params), ["Path", params.path], ["Branch", params.branch]],
    sideEffect: "idempotent",
  });

  /** Lists commits, newest first, optionally of one branch, path or author. `GET /repos/{owner}/{repo}/commits` */
  readonly listCommits = this.listing({
    name: "List Commits",
    pager: routePager<"GET /repos/{owner}/{repo}/commits", RouteParams<"GET /repos/{owner}/{repo}/commits">>(
      "GET /repos/{owner}/{repo}/commits",
      undefined,
    ),
    properties: (params) => [...repoOf(params), ["Ref", params.sha], ["Path", params.path]],
  });

  /** Compares two commits, branches or tags (`base...head`). `GET /repos/{owner}/{repo}/compare/{basehead}` */
  readonly compareCommits = this.task({
    name: "Compare Commits",
    call: route<
      "GET /repos/{owner}/{repo}/compare/{basehead}",
      RouteParams<"GET /repos/{owner}/{repo}/compare/{basehead}">
    >("GET /repos/{owner}/{repo}/compare/{basehead}"),
    properties: (params) => [...repoOf(params), ["Compare", params.basehead]],
    sideEffect: "none",
  });

  /** Fires a `repository_dispatch` event. `POST /repos/{owner}/{repo}/dispatches` */
  readonly createDispatchEvent = this.task({
    name: "Create Dispatch Event",
    call: route<"POST /repos/{owner}/{repo}/dispatches", RouteParams<"POST /repos/{owner}/{repo}/dispatches">>(
      "POST /repos/{owner}/{repo}/dispatches",
    ),
    properties: (params) => [...repoOf(params), ["Event", params.event_type]],
    sideEffect: "unchecked",
  });

  /** Lists branches. `GET /repos/{owner}/{repo}/branches` */
  readonly listBranches = this.listing({
    name: "List Branches",
    pager: routePager<"GET /repos/{owner}/{repo}/branches", RouteParams<"GET /repos/{owner}/{repo}/branches">>(
      "GET /repos/{owner}/{repo}/branches",
      undefined,
    ),
    properties: (params) => repoOf(params),
  });

  /** Gets a branch with its head commit and protection. `GET /repos/{owner}/{repo}/branches/{branch}` */
  readonly getBranch = this.task({
    name: "Get Branch",
    call: route<
      "GET /repos/{owner}/{repo}/branches/{branch}",
      RouteParams<"GET /repos/{owner}/{repo}/branches/{branch}">
    >("GET /repos/{owner}/{repo}/branches/{branch}"),
    properties: (params) => [...repoOf(params), ["Branch", params.branch]],
    sideEffect: "none",
  });
}
