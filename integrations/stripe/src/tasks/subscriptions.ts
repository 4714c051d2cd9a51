import { type RunMode, TaskGroup } from "@acme/integration-kit";
import type Stripe from "stripe";
import { stripeList, stripeRead, stripeSearch, stripeWrite, type WithId } from "./stripe-call.js";
import { connectProperty, objectProperties } from "./stripe-properties.js";

/** `io.stripe.subscriptions`: recurring billing of a customer. */
export class Subscriptions<M extends RunMode = "job"> extends TaskGroup<Stripe, M> {
  /** Subscribes a customer to prices. Safe to retry: one subscription. `POST /v1/subscriptions` */
  readonly create = this.task({
    name: "Create Subscription",
    ...stripeWrite((s, p: Stripe.SubscriptionCreateParams, o) => s.subscriptions.create(p, o)),
    properties: (p) => [["Customer", p.customer], ["Items", p.items?.length], connectProperty(p)],
  });
  /** Reads a subscription. `GET /v1/subscriptions/{subscription_exposed_id}` */
  readonly retrieve = this.task({
    name: "Retrieve Subscription",
    ...stripeRead((s, { id, ...p }: WithId<Stripe.SubscriptionRetrieveParams>, o) =>
      s.subscriptions.retrieve(id, p, o),
    ),
    properties: objectProperties("Subscription ID"),
  });
  /** Changes a subscription (prices, quantities, `cancel_at_period_end`). `POST /v1/subscriptions/{subscription_exposed_id}` */
  readonly update = this.task({
    name: "Update Subscription",
    ...stripeWrite((s, { id, ...p }: WithId<Stripe.SubscriptionUpdateParams>, o) => s.subscriptions.update(id, p, o)),
    properties: objectProperties("Subscription ID"),
  });
  /** Cancels a subscription now; cancelling again is harmless. `DELETE /v1/subscriptions/{subscription_exposed_id}` */
  readonly cancel = this.task({
    name: "Cancel Subscription",
    ...stripeRead((s, { id, ...p }: WithId<Stripe.SubscriptionCancelParams>, o) => s.subscriptions.cancel(id, p, o)),
    sideEffect: "idempotent",
    properties: objectProperties("Subscription ID"),
  });
  /** Resumes a paused subscription. `POST /v1/subscriptions/{subscription}/resume` */
  readonly resume = this.task({
    name: "Resume Subscription",
    ...stripeWrite((s, { id, ...p }: WithId<Stripe.SubscriptionResumeParams>, o) => s.subscriptions.resume(id, p, o)),
    properties: objectProperties("Subscription ID"),
  });
  /** Lists subscriptions, newest first (filter by `customer`, `price`, `status`). `GET /v1/subscriptions` */
  readonly list = this.listing({
    name: "List Subscriptions",
    ...stripeList((s, p: Stripe.SubscriptionListParams | undefined, o) => s.subscriptions.list(p, o)),
  });
  /** Finds subscriptions by Stripe's search query. `GET /v1/subscriptions/search` */
  readonly search = this.listing({
    name: "Search Subscriptions",
    ...stripeSearch((s, p: Stripe.SubscriptionSearchParams, o) => s.subscriptions.search(p, o)),
  });
}
