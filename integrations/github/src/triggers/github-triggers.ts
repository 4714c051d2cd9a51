import { type EventSpecification, type ExternalSourceTrigger, sourceTrigger } from "@acme/integration-kit";
import type { GithubSources, OrgSourceParams, RepoSourceParams } from "./github-sources.js";

/** The triggers of one `Github` integration. */
export interface GithubTriggers {
  /** Runs a job when `event` happens in one repository; registers the repository webhook. */
  // biome-ignore lint/suspicious/noExplicitAny: the SDK's own bound for an event of any payload type.
  repo<TEvent extends EventSpecification<any>>(
    options: { event: TEvent } & RepoSourceParams,
  ): ExternalSourceTrigger<TEvent, GithubSources["repo"]>;
  /** Runs a job when `event` happens anywhere in an organization; registers the organization webhook. */
  // biome-ignore lint/suspicious/noExplicitAny: the SDK's own bound for an event of any payload type.
  org<TEvent extends EventSpecification<any>>(
    options: { event: TEvent } & OrgSourceParams,
  ): ExternalSourceTrigger<TEvent, GithubSources["org"]>;
}

/** Builds `github.triggers` over the integration's sources; each trigger runs only for its own source's deliveries. */
export function createGithubTriggers(sources: GithubSources): GithubTriggers {
  return {
    repo: ({ event, owner, repo }) => sourceTrigger({ event, params: { owner, repo }, source: sources.repo }) as never,
    org: ({ event, org }) => sourceTrigger({ event, params: { org }, source: sources.org }) as never,
  };
}
