export { Github, type GithubOptions } from "./github.js";
export type { TreeEntry } from "./tasks/git.js";
export type { ReactionContent } from "./tasks/reactions.js";
export type { WebhookParams } from "./tasks/repos.js";
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
