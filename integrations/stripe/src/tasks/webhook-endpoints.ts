import { REDACTED, type RunMode, TaskGroup } from "@acme/integration-kit";
import type Stripe from "stripe";
import { stripeDelete, stripeList, stripeRead, stripeWrite, type WithId } from "./stripe-call.js";
import { objectProperties } from "./stripe-properties.js";

/** `io.stripe.webhookEndpoints`: where Stripe sends the account's events. */
export class WebhookEndpoints<M extends RunMode = "job"> extends TaskGroup<Stripe, M> {
  /**
   * Creates a webhook endpoint. Safe to retry: one endpoint. Stripe answers with the signing
   * `secret` only here; the output shows it as `[REDACTED]`, since Trigger.dev stores and displays
   * task outputs (the triggers keep the secrets of the endpoints they register; for your own, use
   * `runTask` with the raw client). `POST /v1/webhook_endpoints`
   */
  readonly create = this.task({
    name: "Create Webhook",
    ...stripeWrite(async (s, p: Stripe.WebhookEndpointCreateParams, o) => {
      const endpoint = await s.webhookEndpoints.create(p, o);
      return { ...endpoint, ...(endpoint.secret === undefined ? {} : { secret: REDACTED }) };
    }),
    properties: (p) => [
      ["URL", p.url],
      ["Events", p.enabled_events.join(", ")],
    ],
  });
  /** Reads a webhook endpoint (without its secret). `GET /v1/webhook_endpoints/{webhook_endpoint}` */
  readonly retrieve = this.task({
    name: "Retrieve Webhook",
    ...stripeRead((s, { id, ...p }: WithId<Stripe.WebhookEndpointRetrieveParams>, o) =>
      s.webhookEndpoints.retrieve(id, p, o),
    ),
    properties: objectProperties("Webhook ID"),
  });
  /** Changes a webhook endpoint's URL, events or `disabled` flag. `POST /v1/webhook_endpoints/{webhook_endpoint}` */
  readonly update = this.task({
    name: "Update Webhook",
    ...stripeWrite((s, { id, ...p }: WithId<Stripe.WebhookEndpointUpdateParams>, o) =>
      s.webhookEndpoints.update(id, p, o),
    ),
    properties: objectProperties("Webhook ID"),
  });
  /** Deletes a webhook endpoint. `DELETE /v1/webhook_endpoints/{webhook_endpoint}` */
  readonly del = this.task({
    name: "Delete Webhook",
    ...stripeDelete("webhook_endpoint", (s, { id, ...p }: WithId<Stripe.WebhookEndpointDeleteParams>, o) =>
      s.webhookEndpoints.del(id, p, o),
    ),
    properties: objectProperties("Webhook ID"),
  });
  /** Lists webhook endpoints, newest first: all of them with `{ paginate }`. `GET /v1/webhook_endpoints` */
  readonly list = this.listing({
    name: "List Webhooks",
    ...stripeList((s, p: Stripe.WebhookEndpointListParams | undefined, o) => s.webhookEndpoints.list(p, o)),
  });
}
