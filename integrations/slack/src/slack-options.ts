import type { IntegrationOptions } from "@acme/integration-kit";

/** Options for `Slack`. */
export interface SlackOptions extends IntegrationOptions {
  /** A bot (`xoxb-`) or user (`xoxp-`) token (LOCAL). Leave it out to use Trigger.dev's Slack OAuth (HOSTED). */
  token?: string;
  /** Web API root (default `https://slack.com/api/`), e.g. a local stand-in; a trailing `/` is added if missing. */
  baseUrl?: string;
  /** The fetch the `WebClient` sends with (a proxy, an instrumented client); the global one by default. */
  fetch?: typeof fetch;
}
