export { Github, type GithubOptions } from "./github.js";
export type { Actions } from "./tasks/actions.js";
export type { Checks } from "./tasks/checks.js";
export type { Compound } from "./tasks/compound.js";
export type { Git, TreeEntry } from "./tasks/git.js";
export type { Issues } from "./tasks/issues.js";
export type { Orgs } from "./tasks/orgs.js";
export type { Pulls } from "./tasks/pulls.js";
export type { ReactionContent, Reactions } from "./tasks/reactions.js";
export type { Repos, WebhookParams } from "./tasks/repos.js";
export type { Search } from "./tasks/search.js";
export type { Users } from "./tasks/users.js";
export type { GithubEvent, GithubEventFilter, RunProperty } from "./triggers/define-github-event.js";
export { events, type GithubEventName } from "./triggers/events.js";
export { GithubPayloadError } from "./triggers/github-payload-error.js";
export type { GithubSources, OrgSourceParams, RepoSourceParams } from "./triggers/github-sources.js";
export type { GithubTriggers } from "./triggers/github-triggers.js";
export { GithubWebhookError, type GithubWebhookRejection } from "./triggers/github-webhook-error.js";
export { githubWebhookScheme } from "./triggers/github-webhook-scheme.js";
export {
  type GithubWebhookDelivery,
  type GithubWebhookEvent,
  type GithubWebhookReceipt,
  receiveGithubWebhook,
} from "./triggers/receive-github-webhook.js";
export type { RegisteredWebhook, RegisterWebhookEvent } from "./triggers/register-github-webhook.js";
