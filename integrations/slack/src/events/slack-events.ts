import type { HttpEndpointClient } from "@acme/integration-kit";
import { SlackEventsEndpoint, type SlackEventsEndpointOptions } from "./slack-events-endpoint.js";

/** Receiving Slack's Events API: `slack.events.endpoint(client, { id })`. */
export class SlackEvents {
  readonly #integrationId: string;

  constructor(integrationId: string) {
    this.#integrationId = integrationId;
  }

  /**
   * Defines a Trigger.dev HTTP endpoint for Slack's Events API on `client`; give its URL to Slack
   * as the Request URL and trigger jobs with `.on("app_mention")`.
   */
  endpoint(client: HttpEndpointClient, options: SlackEventsEndpointOptions): SlackEventsEndpoint {
    return new SlackEventsEndpoint(client, this.#integrationId, options);
  }
}
