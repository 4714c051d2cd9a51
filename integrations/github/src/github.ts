import type { IntegrationTaskKey, ListOptions } from "@acme/integration-kit";
import {
  describeHttpFailure,
  Integration,
  type IntegrationOptions,
  requireV2JobApi,
  type ServiceFailure,
  type ServiceInfo,
} from "@acme/integration-kit";
import type { Octokit } from "octokit";
import { createOctokit, type OctokitRequestOptions } from "./create-octokit.js";
import { describeGithubFailure } from "./describe-github-failure.js";
import { githubService } from "./github-service.js";
import { Actions } from "./tasks/actions.js";
import { Checks } from "./tasks/checks.js";
import { Compound } from "./tasks/compound.js";
import { Git } from "./tasks/git.js";
import { Issues } from "./tasks/issues.js";
import { Orgs } from "./tasks/orgs.js";
import { Pulls } from "./tasks/pulls.js";
import { Reactions } from "./tasks/reactions.js";
import { Repos } from "./tasks/repos.js";
import { Search } from "./tasks/search.js";
import { Users } from "./tasks/users.js";
import { createGithubSources, type GithubSources } from "./triggers/github-sources.js";
import { createGithubTriggers, type GithubTriggers } from "./triggers/github-triggers.js";

/** Options for {@link Github}. */
export interface GithubOptions extends IntegrationOptions {
  /** A personal access token or app installation token (LOCAL). Leave it out to use Trigger.dev's GitHub OAuth (HOSTED). */
  token?: string;
  /** API root, for GitHub Enterprise Server (`https://github.example.com/api/v3`) or a local stand-in. */
  baseUrl?: string;
  /** Octokit `request` options (custom `fetch`, timeout, agent), as `@trigger.dev/github` accepted them. */
  octokitRequest?: OctokitRequestOptions;
}

/** The parameters of one task method, for the flat aliases. */
type ParamsOf<F> = F extends (key: IntegrationTaskKey, params: infer P, ...rest: never[]) => unknown ? P : never;

/**
 * GitHub for Trigger.dev jobs: pass it in `integrations` and call it as `io.github` inside `run`,
 * through a namespace (`io.github.pulls.create(key, params)`) or, for the tasks
 * `@trigger.dev/github` had, its flat alias (`io.github.createIssue(key, params)`).
 */
export class Github extends Integration<Octokit, GithubOptions> {
  /** What the kit needs to know about GitHub. */
  static readonly service: ServiceInfo = githubService;

  #sources: GithubSources | undefined;

  protected createClient(token: string): Promise<Octokit> {
    const { baseUrl, octokitRequest } = this.options;
    return createOctokit(token, { baseUrl, timeoutMs: this.timeoutMs, request: octokitRequest });
  }

  protected override describeFailure(error: unknown): ServiceFailure | undefined {
    return describeGithubFailure(error) ?? describeHttpFailure(error);
  }

  /**
   * Webhook sources (repository and organization), as `client.defineDynamicTrigger({ source })`
   * takes them. They need the v2 job API (`@trigger.dev/sdk` 2.x or 3.x): beside SDK 4 or none,
   * this throws a `V2JobApiRequiredError` pointing to `receiveGithubWebhook`.
   */
  get sources(): GithubSources {
    requireV2JobApi(
      { service: Github.service, integrationId: this.id },
      "github.triggers and github.sources (webhook triggers)",
      "receiveGithubWebhook(request, { secret }) from @acme/github",
    );
    this.#sources ??= createGithubSources(this);
    return this.#sources;
  }
  /** Job triggers on GitHub webhook events: `trigger: github.triggers.repo({ event: events.onIssueOpened, owner, repo })`. */
  get triggers(): GithubTriggers {
    return createGithubTriggers(this.sources);
  }

  /** Issues, labels, assignees and comments. */
  get issues(): Issues {
    return this.group(Issues);
  }
  /** Repositories: webhooks, releases, contents, commits, branches, dispatch events. */
  get repos(): Repos {
    return this.group(Repos);
  }
  /** Organization webhooks. */
  get orgs(): Orgs {
    return this.group(Orgs);
  }
  /** Reactions on comments. */
  get reactions(): Reactions {
    return this.group(Reactions);
  }
  /** The Git database: blobs, trees, commits, refs, tags. */
  get git(): Git {
    return this.group(Git);
  }
  /** Tasks made of subtasks. */
  get compound(): Compound {
    return this.group(Compound);
  }
  /** Pull requests, their files, reviewers and reviews. */
  get pulls(): Pulls {
    return this.group(Pulls);
  }
  /** GitHub Actions workflows and runs. */
  get actions(): Actions {
    return this.group(Actions);
  }
  /** Check runs. */
  get checks(): Checks {
    return this.group(Checks);
  }
  /** Search. */
  get search(): Search {
    return this.group(Search);
  }
  /** The authenticated user. */
  get users(): Users {
    return this.group(Users);
  }

  // Flat aliases, with the names @trigger.dev/github gave them.
  /** Alias of `issues.create`. */
  createIssue(key: IntegrationTaskKey, params: ParamsOf<Issues["create"]>): ReturnType<Issues["create"]> {
    return this.issues.create(key, params);
  }
  /** Alias of `issues.addAssignees`. */
  addIssueAssignees(
    key: IntegrationTaskKey,
    params: ParamsOf<Issues["addAssignees"]>,
  ): ReturnType<Issues["addAssignees"]> {
    return this.issues.addAssignees(key, params);
  }
  /** Alias of `issues.addLabels`. */
  addIssueLabels(key: IntegrationTaskKey, params: ParamsOf<Issues["addLabels"]>): ReturnType<Issues["addLabels"]> {
    return this.issues.addLabels(key, params);
  }
  /** Alias of `issues.createComment`. */
  createIssueComment(
    key: IntegrationTaskKey,
    params: ParamsOf<Issues["createComment"]>,
  ): ReturnType<Issues["createComment"]> {
    return this.issues.createComment(key, params);
  }
  /** Alias of `issues.get`. */
  getIssue(key: IntegrationTaskKey, params: ParamsOf<Issues["get"]>): ReturnType<Issues["get"]> {
    return this.issues.get(key, params);
  }
  /** Alias of `repos.get`. */
  getRepo(key: IntegrationTaskKey, params: ParamsOf<Repos["get"]>): ReturnType<Repos["get"]> {
    return this.repos.get(key, params);
  }
  /** Alias of `repos.updateWebhook`. */
  updateWebhook(key: IntegrationTaskKey, params: ParamsOf<Repos["updateWebhook"]>): ReturnType<Repos["updateWebhook"]> {
    return this.repos.updateWebhook(key, params);
  }
  /** Alias of `repos.createWebhook`. */
  createWebhook(key: IntegrationTaskKey, params: ParamsOf<Repos["createWebhook"]>): ReturnType<Repos["createWebhook"]> {
    return this.repos.createWebhook(key, params);
  }
  /** Alias of `repos.listWebhooks`. */
  listWebhooks(
    key: IntegrationTaskKey,
    params: ParamsOf<Repos["listWebhooks"]>,
    options?: ListOptions,
  ): ReturnType<Repos["listWebhooks"]> {
    return this.repos.listWebhooks(key, params, options);
  }
  /** Alias of `reactions.createForIssueComment`. */
  addIssueCommentReaction(
    key: IntegrationTaskKey,
    params: ParamsOf<Reactions["createForIssueComment"]>,
  ): ReturnType<Reactions["createForIssueComment"]> {
    return this.reactions.createForIssueComment(key, params);
  }
  /** Alias of `compound.createIssueCommentWithReaction`. */
  createIssueCommentWithReaction(
    key: IntegrationTaskKey,
    params: ParamsOf<Compound["createIssueCommentWithReaction"]>,
  ) {
    return this.compound.createIssueCommentWithReaction(key, params);
  }
  /** Alias of `orgs.updateWebhook`. */
  updateOrgWebhook(
    key: IntegrationTaskKey,
    params: ParamsOf<Orgs["updateWebhook"]>,
  ): ReturnType<Orgs["updateWebhook"]> {
    return this.orgs.updateWebhook(key, params);
  }
  /** Alias of `orgs.createWebhook`. */
  createOrgWebhook(
    key: IntegrationTaskKey,
    params: ParamsOf<Orgs["createWebhook"]>,
  ): ReturnType<Orgs["createWebhook"]> {
    return this.orgs.createWebhook(key, params);
  }
  /** Alias of `orgs.listWebhooks`. */
  listOrgWebhooks(
    key: IntegrationTaskKey,
    params: ParamsOf<Orgs["listWebhooks"]>,
    options?: ListOptions,
  ): ReturnType<Orgs["listWebhooks"]> {
    return this.orgs.listWebhooks(key, params, options);
  }
  /** Alias of `git.createBlob`. */
  createBlob(key: IntegrationTaskKey, params: ParamsOf<Git["createBlob"]>): ReturnType<Git["createBlob"]> {
    return this.git.createBlob(key, params);
  }
  /** Alias of `git.getBlob`. */
  getBlob(key: IntegrationTaskKey, params: ParamsOf<Git["getBlob"]>): ReturnType<Git["getBlob"]> {
    return this.git.getBlob(key, params);
  }
  /** Alias of `git.createCommit`. */
  createCommit(key: IntegrationTaskKey, params: ParamsOf<Git["createCommit"]>): ReturnType<Git["createCommit"]> {
    return this.git.createCommit(key, params);
  }
  /** Alias of `git.getCommit`. */
  getCommit(key: IntegrationTaskKey, params: ParamsOf<Git["getCommit"]>): ReturnType<Git["getCommit"]> {
    return this.git.getCommit(key, params);
  }
  /** Alias of `git.listMatchingRefs`. */
  listMatchingReferences(
    key: IntegrationTaskKey,
    params: ParamsOf<Git["listMatchingRefs"]>,
    options?: ListOptions,
  ): ReturnType<Git["listMatchingRefs"]> {
    return this.git.listMatchingRefs(key, params, options);
  }
  /** Alias of `git.getRef`. */
  getReference(key: IntegrationTaskKey, params: ParamsOf<Git["getRef"]>): ReturnType<Git["getRef"]> {
    return this.git.getRef(key, params);
  }
  /** Alias of `git.createRef`. */
  createReference(key: IntegrationTaskKey, params: ParamsOf<Git["createRef"]>): ReturnType<Git["createRef"]> {
    return this.git.createRef(key, params);
  }
  /** Alias of `git.updateRef`. */
  updateReference(key: IntegrationTaskKey, params: ParamsOf<Git["updateRef"]>): ReturnType<Git["updateRef"]> {
    return this.git.updateRef(key, params);
  }
  /** Alias of `git.deleteRef`. */
  deleteReference(key: IntegrationTaskKey, params: ParamsOf<Git["deleteRef"]>): ReturnType<Git["deleteRef"]> {
    return this.git.deleteRef(key, params);
  }
  /** Alias of `git.createTag`. */
  createTag(key: IntegrationTaskKey, params: ParamsOf<Git["createTag"]>): ReturnType<Git["createTag"]> {
    return this.git.createTag(key, params);
  }
  /** Alias of `git.getTag`. */
  getTag(key: IntegrationTaskKey, params: ParamsOf<Git["getTag"]>): ReturnType<Git["getTag"]> {
    return this.git.getTag(key, params);
  }
  /** Alias of `git.createTree`. */
  createTree(key: IntegrationTaskKey, params: ParamsOf<Git["createTree"]>): ReturnType<Git["createTree"]> {
    return this.git.createTree(key, params);
  }
  /** Alias of `git.getTree`. */
  getTree(key: IntegrationTaskKey, params: ParamsOf<Git["getTree"]>): ReturnType<Git["getTree"]> {
    return this.git.getTree(key, params);
  }
}
