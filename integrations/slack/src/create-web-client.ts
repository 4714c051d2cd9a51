import type { WebClient } from "@slack/web-api";
import { slackLogger } from "./slack-logger.js";

/** How both Slack runtimes (the v2 `Slack` and `SlackClient`) want their `WebClient`. */
export interface WebClientSettings {
  /** Web API root; a trailing `/` is added if missing (the WebClient needs it). */
  readonly baseUrl?: string | undefined;
  readonly timeoutMs: number;
  /** The fetch the WebClient sends with; the global one by default. */
  readonly fetch?: typeof fetch | undefined;
}

/**
 * A `WebClient` for one token, loaded on the first task (a cold start that runs none, such as a
 * webhook, never pays for the SDK), failing a rate-limited call at once instead of sleeping
 * (Trigger.dev's retries are the only ones) and logging through the redacting logger.
 */
export async function createWebClient(token: string, settings: WebClientSettings): Promise<WebClient> {
  const { WebClient } = await import("@slack/web-api");
  const { baseUrl } = settings;
  return new WebClient(token, {
    ...(baseUrl ? { slackApiUrl: baseUrl.endsWith("/") ? baseUrl : `${baseUrl}/` } : {}),
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
    logger: slackLogger(token),
    timeout: settings.timeoutMs,
    ...(settings.fetch ? { fetch: settings.fetch } : {}),
  });
}
