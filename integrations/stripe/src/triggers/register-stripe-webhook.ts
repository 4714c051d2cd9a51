import { WebhookRejectedError } from "@acme/integration-kit";
import type { IOWithIntegrations } from "@trigger.dev/sdk";
import type StripeSdk from "stripe";
import type { Stripe } from "../stripe.js";
import { stripeIdempotencyKey } from "../tasks/stripe-call.js";

/** What Trigger.dev asks a source to register (`REGISTER_SOURCE_EVENT_V2`, as the SDK hands it over). */
export interface RegisterStripeWebhookEvent {
  readonly params: { readonly connect?: boolean };
  readonly source: { readonly url: string; readonly secret: string; readonly active: boolean; readonly data?: unknown };
  readonly options: { readonly event: { readonly desired: string[]; readonly missing: string[] } };
}

/** What registration stores on the source: the endpoint (never its secret) and the events it sends. */
export interface RegisteredStripeWebhook {
  data: { id: string; url: string; enabled_events: string[] };
  /** Stripe's signing secret, shown only when it creates an endpoint: Trigger.dev keeps it as the source's secret. */
  secret?: string;
  options: { event: string[] };
}

/** The metadata key that marks the endpoints a source made, with the source's URL as its value. */
export const SOURCE_METADATA_KEY = "trigger_dev_source";

type RegisterIO = IOWithIntegrations<{ integration: Stripe }>;

const endpointOf = (data: unknown): { id: string } | undefined =>
  typeof data === "object" && data !== null && typeof (data as { id?: unknown }).id === "string"
    ? (data as { id: string })
    : undefined;

const stored = (endpoint: Pick<StripeSdk.WebhookEndpoint, "id" | "url" | "enabled_events">) => ({
  id: endpoint.id,
  url: endpoint.url,
  enabled_events: [...endpoint.enabled_events],
});

/** Endpoints a create may leave without a known secret, before one comes back with it. */
const MAX_CREATES = 3;

/**
 * Registers the source's Stripe webhook endpoint so that its signing secret is always known.
 * An endpoint this source registered before, whose secret Trigger.dev holds, is updated in place
 * (missing events added). Otherwise every endpoint pointing at the source's URL (all pages of the
 * list, found by URL or by this source's metadata) has a secret nobody knows: Stripe shows a
 * secret only when it creates an endpoint, so a new one is created and the old ones deleted.
 */
export async function registerStripeWebhook(
  event: RegisterStripeWebhookEvent,
  io: RegisterIO,
): Promise<RegisteredStripeWebhook> {
  const stripe = io.integration;
  const { url, secret, active, data } = event.source;
  const desired = [...new Set([...event.options.event.desired, ...event.options.event.missing])];
  const known = endpointOf(data);
  if (active && known && secret?.startsWith("whsec_")) {
    const updated = await stripe.webhookEndpoints.update("update-webhook", {
      id: known.id,
      url,
      enabled_events: desired as StripeSdk.WebhookEndpointUpdateParams.EnabledEvent[],
      disabled: false,
    });
    return { data: stored(updated), options: { event: desired } };
  }
  const listed = await stripe.webhookEndpoints.list("list-webhooks", { limit: 100 }, { paginate: { maxPages: 100 } });
  const replaced = new Set(
    listed.data
      .filter((endpoint) => endpoint.url === url || endpoint.metadata?.[SOURCE_METADATA_KEY] === url)
      .map((endpoint) => endpoint.id),
  );
  let created: { endpoint: RegisteredStripeWebhook["data"]; secret: string | undefined } | undefined;
  for (let attempt = 1; attempt <= MAX_CREATES && !created?.secret; attempt++) {
    if (created) replaced.add(created.endpoint.id);
    let issued: string | undefined;
    const endpoint = await stripe.runTask(
      attempt === 1 ? "create-webhook" : `create-webhook-${attempt}`,
      async (client, task) => {
        const made = await client.webhookEndpoints.create(
          {
            url,
            enabled_events: desired as StripeSdk.WebhookEndpointCreateParams.EnabledEvent[],
            connect: event.params.connect === true,
            metadata: { [SOURCE_METADATA_KEY]: url },
            description: "Trigger.dev",
          },
          { idempotencyKey: stripeIdempotencyKey(task.idempotencyKey) },
        );
        issued = made.secret;
        return stored(made);
      },
      { name: "Create Webhook", properties: [{ label: "URL", text: url }] },
    );
    // A task Trigger.dev answered from its cache (a re-executed registration) ran no code: its
    // secret is gone, so that endpoint is replaced too.
    created = { endpoint, secret: issued };
  }
  if (!created?.secret) {
    throw new WebhookRejectedError(
      { service: { name: "Stripe" }, integrationId: stripe.id },
      {
        reason: "no-secret-configured",
        status: 500,
        message: `can't register the webhook for ${url}: Stripe's signing secret for it was not learned, so every delivery would be refused. Re-register the trigger from the Trigger.dev dashboard.`,
      },
    );
  }
  for (const id of replaced) {
    if (id !== created.endpoint.id) await stripe.webhookEndpoints.del(`delete-webhook-${id}`, { id });
  }
  return { data: created.endpoint, secret: created.secret, options: { event: desired } };
}
