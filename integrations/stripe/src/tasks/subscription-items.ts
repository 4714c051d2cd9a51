import { type RunMode, TaskGroup } from "@acme/integration-kit";
import type Stripe from "stripe";
import { stripeDelete, stripeList, stripeWrite, type WithId } from "./stripe-call.js";
import { connectProperty, objectProperties } from "./stripe-properties.js";

/** `io.stripe.subscriptionItems`: the prices a subscription bills, one item each. */
export class SubscriptionItems<M extends RunMode = "job"> extends TaskGroup<Stripe, M> {
  /** Adds a price to a subscription. `POST /v1/subscription_items` */
  readonly create = this.task({
    name: "Create Subscription Item",
    ...stripeWrite((s, p: Stripe.SubscriptionItemCreateParams, o) => s.subscriptionItems.create(p, o)),
    properties: (p) => [["Subscription", p.subscription], ["Price", p.price], connectProperty(p)],
  });
  /** Changes an item's price or quantity. `POST /v1/subscription_items/{item}` */
  readonly update = this.task({
    name: "Update Subscription Item",
    ...stripeWrite((s, { id, ...p }: WithId<Stripe.SubscriptionItemUpdateParams>, o) =>
      s.subscriptionItems.update(id, p, o),
    ),
    properties: objectProperties("Subscription Item ID"),
  });
  /** Removes an item from its subscription. `DELETE /v1/subscription_items/{item}` */
  readonly del = this.task({
    name: "Delete Subscription Item",
    ...stripeDelete("subscription_item", (s, { id, ...p }: WithId<Stripe.SubscriptionItemDeleteParams>, o) =>
      s.subscriptionItems.del(id, p, o),
    ),
    properties: objectProperties("Subscription Item ID"),
  });
  /** Lists a subscription's items. `GET /v1/subscription_items` */
  readonly list = this.listing({
    name: "List Subscription Items",
    ...stripeList((s, p: Stripe.SubscriptionItemListParams, o) => s.subscriptionItems.list(p, o)),
    properties: (p) => [["Subscription", p.subscription], connectProperty(p)],
  });
}
