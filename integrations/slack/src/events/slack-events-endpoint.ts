import { type HttpEndpointClient, resolveEndpointSettings, WebhookEndpoint } from "@acme/integration-kit";
import { type SlackEventFilter, SlackEventTrigger } from "./slack-event-trigger.js";
import type { SlackEventType } from "./slack-event-types.js";
import { SLACK_SIGNING_SECRET_ENV, type SlackEventsDelivery, slackEventsReceiver } from "./slack-events-receiver.js";

/** Options of `slack.events.endpoint(client, options)`. */
export interface SlackEventsEndpointOptions {
  /** The HTTP endpoint's id in your Trigger.dev project; its URL is what you paste into Slack as the Request URL. */
  id: string;
  /**
   * The app's signing secret (Basic Information → App Credentials). Leave the key out to read
   * `SLACK_SIGNING_SECRET`; passed but empty (an unset variable) throws at construction.
   */
  signingSecret?: string;
  /** Title in the Trigger.dev dashboard (default "Slack Events API"). */
  title?: string;
  /** Set `false` to stop triggering runs without removing the endpoint. */
  enabled?: boolean;
}

/**
 * A Trigger.dev HTTP endpoint for Slack's Events API, on the kit's endpoint receiver: it answers
 * every request itself (405 for any method but POST, 401 unsigned, forged or over 5 minutes old,
 * 500 without a signing secret, 400 malformed, the challenge for `url_verification`, else 200), so
 * Trigger.dev starts no run for a refused request. Jobs trigger on event types with `.on(type)`.
 */
export class SlackEventsEndpoint extends WebhookEndpoint<SlackEventsDelivery> {
  constructor(client: HttpEndpointClient, integrationId: string, options: SlackEventsEndpointOptions) {
    const origin = { service: { name: "Slack" }, integrationId };
    const { id, secret } = resolveEndpointSettings(origin, options, {
      call: "slack.events.endpoint()",
      exampleId: "slack-events",
      secretOption: "signingSecret",
      env: SLACK_SIGNING_SECRET_ENV,
    });
    super(client, {
      origin,
      receiver: slackEventsReceiver,
      secret,
      id,
      source: "slack.com",
      icon: "slack",
      title: options.title ?? "Slack Events API",
      ...(options.enabled === undefined ? {} : { enabled: options.enabled }),
    });
  }

  /** A trigger for one event type; the job's payload is the typed event envelope. */
  on<TType extends SlackEventType>(type: TType, options: { filter?: SlackEventFilter } = {}): SlackEventTrigger<TType> {
    return new SlackEventTrigger(this, type, options.filter);
  }
}
