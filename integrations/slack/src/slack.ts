import { Integration, type IntegrationOptions, type ServiceInfo } from "@acme/integration-kit";
import { LogLevel, WebClient } from "@slack/web-api";

/** Options for {@link Slack}. */
export interface SlackOptions extends IntegrationOptions {
  /** A bot (`xoxb-`) or user (`xoxp-`) token (LOCAL). Leave it out to use Trigger.dev's Slack OAuth (HOSTED). */
  token?: string;
  /** Web API root (default `https://slack.com/api/`), e.g. a local stand-in; a trailing `/` is added if missing. */
  baseUrl?: string;
}

/** Slack for Trigger.dev jobs: pass it in `integrations` and call it as `io.slack` inside `run`. */
export class Slack extends Integration<WebClient, SlackOptions> {
  /** What the kit needs to know about Slack. */
  static readonly service: ServiceInfo = { id: "slack", name: "Slack", icon: "slack", tokenEnv: "SLACK_TOKEN" };

  protected createClient(token: string): WebClient {
    const { baseUrl } = this.options;
    return new WebClient(token, {
      ...(baseUrl ? { slackApiUrl: baseUrl.endsWith("/") ? baseUrl : `${baseUrl}/` } : {}),
      // Trigger.dev's task retries are the only retries; a rate-limited call fails so the task answers retryAt.
      retryConfig: { retries: 0 },
      rejectRateLimitedCalls: true,
      logLevel: LogLevel.ERROR,
    });
  }
}
