import { type RunMode, TaskGroup } from "@acme/integration-kit";
import type Stripe from "stripe";
import { stripeList, stripeRead, type WithId } from "./stripe-call.js";
import { objectProperties } from "./stripe-properties.js";

/** `io.stripe.events`: what happened in the account (the last 30 days). */
export class Events<M extends RunMode = "job"> extends TaskGroup<Stripe, M> {
  /** Reads an event. `GET /v1/events/{id}` */
  readonly retrieve = this.task({
    name: "Retrieve Event",
    ...stripeRead((s, { id, ...p }: WithId<Stripe.EventRetrieveParams>, o) => s.events.retrieve(id, p, o)),
    properties: objectProperties("Event ID"),
  });
  /** Lists events, newest first (filter by `type`, `created`). `GET /v1/events` */
  readonly list = this.listing({
    name: "List Events",
    ...stripeList((s, p: Stripe.EventListParams | undefined, o) => s.events.list(p, o)),
  });
}
