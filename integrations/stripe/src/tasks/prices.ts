import { type RunMode, TaskGroup } from "@acme/integration-kit";
import type Stripe from "stripe";
import { stripeList, stripeRead, stripeSearch, stripeWrite, type WithId } from "./stripe-call.js";
import { connectProperty, objectProperties } from "./stripe-properties.js";

/** `io.stripe.prices`: how much and how often a product costs. */
export class Prices<M extends RunMode = "job"> extends TaskGroup<Stripe, M> {
  /** Creates a price. `POST /v1/prices` */
  readonly create = this.task({
    name: "Create Price",
    ...stripeWrite((s, p: Stripe.PriceCreateParams, o) => s.prices.create(p, o)),
    properties: (p) => [
      ["Product", p.product],
      ["Unit Amount", p.unit_amount],
      ["Currency", p.currency],
      connectProperty(p),
    ],
  });
  /** Reads a price. `GET /v1/prices/{price}` */
  readonly retrieve = this.task({
    name: "Retrieve Price",
    ...stripeRead((s, { id, ...p }: WithId<Stripe.PriceRetrieveParams>, o) => s.prices.retrieve(id, p, o)),
    properties: objectProperties("Price ID"),
  });
  /** Changes a price's metadata, nickname or `active` flag (amounts are fixed). `POST /v1/prices/{price}` */
  readonly update = this.task({
    name: "Update Price",
    ...stripeWrite((s, { id, ...p }: WithId<Stripe.PriceUpdateParams>, o) => s.prices.update(id, p, o)),
    properties: objectProperties("Price ID"),
  });
  /** Lists prices, newest first (filter by `product`). `GET /v1/prices` */
  readonly list = this.listing({
    name: "List Prices",
    ...stripeList((s, p: Stripe.PriceListParams | undefined, o) => s.prices.list(p, o)),
  });
  /** Finds prices by Stripe's search query (`lookup_key:'pro_monthly'`). `GET /v1/prices/search` */
  readonly search = this.listing({
    name: "Search Prices",
    ...stripeSearch((s, p: Stripe.PriceSearchParams, o) => s.prices.search(p, o)),
  });
}
