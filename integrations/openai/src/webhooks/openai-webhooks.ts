import type { HttpEndpointClient } from "@acme/integration-kit";
import { OpenaiWebhookEndpoint, type OpenaiWebhookEndpointOptions } from "./openai-webhook-endpoint.js";

/** Receiving OpenAI's webhooks in v2 jobs: `openai.webhooks.endpoint(client, { id })`. */
export class OpenaiWebhooks {
  readonly #integrationId: string;

  constructor(integrationId: string) {
    this.#integrationId = integrationId;
  }

  /**
   * Defines a Trigger.dev HTTP endpoint for OpenAI's webhooks on `client`; give its URL to OpenAI
   * (dashboard → Webhooks) and trigger jobs with `.on("response.completed")` or `.onResponseCompleted()`.
   */
  endpoint(client: HttpEndpointClient, options: OpenaiWebhookEndpointOptions): OpenaiWebhookEndpoint {
    return new OpenaiWebhookEndpoint(client, this.#integrationId, options);
  }
}
