/** What an integration declares about its service; every message the kit writes comes from it. */
export interface ServiceInfo {
  /** Stable id of the service, reported in `metadata` (`"github"`). */
  readonly id: string;
  /** Display name for messages and the dashboard (`"GitHub"`). */
  readonly name: string;
  /** Icon the Trigger.dev dashboard shows beside each task. */
  readonly icon: string;
  /** Environment variable people usually keep the credential in (`"GITHUB_TOKEN"`). */
  readonly tokenEnv: string;
}

/** Options every integration accepts; services add their own on top. */
export interface IntegrationOptions {
  /** Unique id of this integration in your Trigger.dev project. */
  id: string;
  /** API key or token (LOCAL auth). Leave it out to use an OAuth connection managed by Trigger.dev (HOSTED). */
  token?: string;
  /** API root, for a self-hosted service or a local stand-in: an absolute http(s) URL, checked at construction. */
  baseUrl?: string;
  /** Longest a task waits on the service before failing with a retryable timeout, in ms (default 60 000). */
  timeoutMs?: number;
}

/** How long a task waits on the service when `timeoutMs` is not set. */
export const DEFAULT_TIMEOUT_MS = 60_000;
