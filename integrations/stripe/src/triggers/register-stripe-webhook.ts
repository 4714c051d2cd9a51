import type { IOWithIntegrations } from "@acme/integration-kit";
import {
  type RegisteredWebhookSource,
  registerWebhookSource,
  type WebhookHooks,
  type WebhookRegistrationEvent,
} from "@acme/integration-kit";
import type StripeSdk from "stripe";
import type { Stripe } from "../stripe.js";
import { stripeIdempotencyKey } from "../tasks/stripe-call.js";

/** What Trigger.dev asks the source to register (`REGISTER_SOURCE_EVENT_V2`, as the SDK hands it over). */
export type RegisterStripeWebhookEvent = WebhookRegistrationEvent & { readonly params: { readonly connect?: boolean } };

/** What registration stores on the source: the endpoint (never its secret), and Stripe's secret as the source's. */
export type RegisteredStripeWebhook = RegisteredWebhookSource;

/** The metadata key that marks the endpoints a source made, with the source's URL as its value. */
export const SOURCE_METADATA_KEY = "trigger_dev_source";

type RegisterIO = IOWithIntegrations<{ integration: Stripe }>;

/** An endpoint as registration handles it. */
type Endpoint = Pick<StripeSdk.WebhookEndpoint, "id" | "url" | "enabled_events">;

const endpointOf = (endpoint: Endpoint): Endpoint => ({
  id: endpoint.id,
  url: endpoint.url,
  enabled_events: [...endpoint.enabled_events],
});

/**
 * Registers the source's endpoint with the kit's algorithm, each step a task: list every page,
 * update the endpoint at the source's URL when Trigger.dev holds its secret, otherwise delete it
 * and create one, whose secret (Stripe shows it only then) becomes the source's. The secret never
 * reaches a task's output, which Trigger.dev shows: the create task hands it over in memory, so a
 * re-executed registration whose create came from Trigger.dev's cache fails, and the next one
 * replaces that endpoint.
 */
export function registerStripeWebhook(
  event: RegisterStripeWebhookEvent,
  io: RegisterIO,
): Promise<RegisteredStripeWebhook> {
  const stripe = io.integration;
  const issued = new Map<string, string>();
  const hooks: WebhookHooks<Endpoint> = {
    list: async () =>
      (await stripe.webhookEndpoints.list("list-webhooks", { limit: 100 }, { paginate: { maxPages: 100 } })).data,
    describe: (endpoint) => ({ id: endpoint.id, url: endpoint.url, events: endpoint.enabled_events }),
    update: async (endpoint, { url, events }) =>
      endpointOf(
        await stripe.webhookEndpoints.update("update-webhook", {
          id: endpoint.id,
          url,
          enabled_events: [...events] as StripeSdk.WebhookEndpointUpdateParams.EnabledEvent[],
          disabled: false,
        }),
      ),
    create: ({ url, events }) =>
      stripe.runTask(
        "create-webhook",
        async (client, task) => {
          const created = await client.webhookEndpoints.create(
            {
              url,
              enabled_events: [...events] as StripeSdk.WebhookEndpointCreateParams.EnabledEvent[],
              connect: event.params.connect === true,
              metadata: { [SOURCE_METADATA_KEY]: url },
              description: "Trigger.dev",
            },
            { idempotencyKey: stripeIdempotencyKey(task.idempotencyKey) },
          );
          if (created.secret) issued.set(created.id, created.secret);
          return endpointOf(created);
        },
        { name: "Create Webhook", properties: [{ label: "URL", text: url }] },
      ),
    issuedSecret: (created) => issued.get(created.id),
    remove: async (endpoint) => {
      await stripe.webhookEndpoints.del(`delete-webhook-${endpoint.id}`, { id: endpoint.id });
    },
  };
  return registerWebhookSource(event, hooks, { service: { name: "Stripe" }, integrationId: stripe.id });
}
