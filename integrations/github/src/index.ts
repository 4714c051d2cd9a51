export { describeGithubFailure } from "./describe-github-failure.js";
export { Github, type GithubOptions } from "./github.js";
export { Actions } from "./tasks/actions.js";
export { Checks } from "./tasks/checks.js";
export { Compound } from "./tasks/compound.js";
export { Git, type TreeEntry } from "./tasks/git.js";
export type { Route, RouteData, RouteParams } from "./tasks/github-routes.js";
export { Issues } from "./tasks/issues.js";
export { Orgs } from "./tasks/orgs.js";
export { Pulls } from "./tasks/pulls.js";
export { type ReactionContent, Reactions } from "./tasks/reactions.js";
export { Repos, type WebhookParams } from "./tasks/repos.js";
export { Search } from "./tasks/search.js";
export { Users } from "./tasks/users.js";
export type { GithubEvent, GithubEventFilter, RunProperty } from "./triggers/define-github-event.js";
export { events, type GithubEventName } from "./triggers/events.js";
export { GithubPayloadError } from "./triggers/github-payload-error.js";
export type { GithubSources, OrgSourceParams, RepoSourceParams } from "./triggers/github-sources.js";
export type { GithubTriggers } from "./triggers/github-triggers.js";
export {
  type GithubWebhookEvent,
  githubWebhookReceiver,
  type ReceiveGithubWebhookOptions,
  receiveGithubWebhook,
} from "./triggers/github-webhook-receiver.js";
export type { RegisteredWebhook, RegisterWebhookEvent } from "./triggers/register-github-webhook.js";
