import {
  type ClientSettings,
  describeHttpFailure,
  type ServiceClientClass,
  type ServiceClientOptions,
  serviceClient,
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

/** Options for {@link GithubClient}. */
export interface GithubClientOptions extends ServiceClientOptions {
  /** API root, for GitHub Enterprise Server (`https://github.example.com/api/v3`) or a local stand-in. */
  baseUrl?: string;
  /** Octokit `request` options (custom `fetch`, agent). */
  octokitRequest?: OctokitRequestOptions;
}

/** GitHub's namespaces: the v2 class's task groups, run as plain calls. */
export interface GithubNamespaces {
  /** Issues, labels, assignees and comments. */
  readonly issues: Issues<"call">;
  /** Repositories: webhooks, releases, contents, commits, branches, dispatch events. */
  readonly repos: Repos<"call">;
  /** Organization webhooks. */
  readonly orgs: Orgs<"call">;
  /** Reactions on comments. */
  readonly reactions: Reactions<"call">;
  /** The Git database: blobs, trees, commits, refs, tags. */
  readonly git: Git<"call">;
  /** Tasks made of other tasks. */
  readonly compound: Compound<"call">;
  /** Pull requests, their files, reviewers and reviews. */
  readonly pulls: Pulls<"call">;
  /** GitHub Actions workflows and runs. */
  readonly actions: Actions<"call">;
  /** Check runs. */
  readonly checks: Checks<"call">;
  /** Search. */
  readonly search: Search<"call">;
  /** The authenticated user. */
  readonly users: Users<"call">;
}

/** The flat names @trigger.dev/github gave these tasks, as the v2 class has them. */
const aliases = {
  createIssue: "issues.create",
  addIssueAssignees: "issues.addAssignees",
  addIssueLabels: "issues.addLabels",
  createIssueComment: "issues.createComment",
  getIssue: "issues.get",
  getRepo: "repos.get",
  updateWebhook: "repos.updateWebhook",
  createWebhook: "repos.createWebhook",
  listWebhooks: "repos.listWebhooks",
  addIssueCommentReaction: "reactions.createForIssueComment",
  createIssueCommentWithReaction: "compound.createIssueCommentWithReaction",
  updateOrgWebhook: "orgs.updateWebhook",
  createOrgWebhook: "orgs.createWebhook",
  listOrgWebhooks: "orgs.listWebhooks",
  createBlob: "git.createBlob",
  getBlob: "git.getBlob",
  createCommit: "git.createCommit",
  getCommit: "git.getCommit",
  listMatchingReferences: "git.listMatchingRefs",
  getReference: "git.getRef",
  createReference: "git.createRef",
  updateReference: "git.updateRef",
  deleteReference: "git.deleteRef",
  createTag: "git.createTag",
  getTag: "git.getTag",
  createTree: "git.createTree",
  getTree: "git.getTree",
} as const;

/**
 * GitHub's tasks as plain awaited calls, for Trigger.dev v4 tasks or any Node code, with no
 * Trigger.dev SDK: `await github.issues.create({ owner, repo, title })`, or the flat alias
 * `github.createIssue(...)`. The same declarations as the v2 `Github`; a failure throws a
 * `ServiceError` whose verdict `catchServiceError` answers v4 with. `await github.native()` is the
 * Octokit for anything no task covers.
 */
export const GithubClient: ServiceClientClass<Octokit, GithubClientOptions, GithubNamespaces, typeof aliases> =
  // Annotated, with the namespaces spelled out above: Octokit's type is an alias that TypeScript
  // would otherwise write out through Octokit's own dependencies in the declaration file.
  serviceClient({
    service: githubService,
    createClient: (token: string, { options, timeoutMs }: ClientSettings<GithubClientOptions>) =>
      createOctokit(token, { baseUrl: options.baseUrl, timeoutMs, request: options.octokitRequest }),
    describeFailure: (error) => describeGithubFailure(error) ?? describeHttpFailure(error),
    groups: {
      issues: Issues<"call">,
      repos: Repos<"call">,
      orgs: Orgs<"call">,
      reactions: Reactions<"call">,
      git: Git<"call">,
      compound: Compound<"call">,
      pulls: Pulls<"call">,
      actions: Actions<"call">,
      checks: Checks<"call">,
      search: Search<"call">,
      users: Users<"call">,
    },
    aliases,
  });

/** A {@link GithubClient} instance. */
export type GithubClient = InstanceType<typeof GithubClient>;
