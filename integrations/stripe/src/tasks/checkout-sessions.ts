import { type RunMode, TaskGroup } from "@acme/integration-kit";
import type Stripe from "stripe";
import { stripeList, stripeRead, stripeWrite, type WithId } from "./stripe-call.js";
import { connectProperty, objectProperties } from "./stripe-properties.js";

/** `io.stripe.checkoutSessions` (also `io.stripe.checkout.sessions`): Stripe-hosted payment pages. */
export class CheckoutSessions<M extends RunMode = "job"> extends TaskGroup<Stripe, M> {
  /** Creates a Checkout Session; send the customer to its `url`. `POST /v1/checkout/sessions` */
  readonly create = this.task({
    name: "Create Checkout Session",
    ...stripeWrite((s, p: Stripe.Checkout.SessionCreateParams | undefined, o) => s.checkout.sessions.create(p, o)),
    properties: (p) => [["Mode", p?.mode], ["Customer", p?.customer], connectProperty(p)],
  });
  /** Reads a Checkout Session. `GET /v1/checkout/sessions/{session}` */
  readonly retrieve = this.task({
    name: "Retrieve Checkout Session",
    ...stripeRead((s, { id, ...p }: WithId<Stripe.Checkout.SessionRetrieveParams>, o) =>
      s.checkout.sessions.retrieve(id, p, o),
    ),
    properties: objectProperties("Session ID"),
  });
  /** Expires an open Checkout Session, so it can no longer be paid. `POST /v1/checkout/sessions/{session}/expire` */
  readonly expire = this.task({
    name: "Expire Checkout Session",
    ...stripeWrite((s, { id, ...p }: WithId<Stripe.Checkout.SessionExpireParams>, o) =>
      s.checkout.sessions.expire(id, p, o),
    ),
    properties: objectProperties("Session ID"),
  });
  /** Lists Checkout Sessions, newest first. `GET /v1/checkout/sessions` */
  readonly list = this.listing({
    name: "List Checkout Sessions",
    ...stripeList((s, p: Stripe.Checkout.SessionListParams | undefined, o) => s.checkout.sessions.list(p, o)),
  });
  /** Lists a Checkout Session's line items. `GET /v1/checkout/sessions/{session}/line_items` */
  readonly listLineItems = this.listing({
    name: "List Checkout Session Line Items",
    ...stripeList((s, { id, ...p }: WithId<Stripe.Checkout.SessionListLineItemsParams>, o) =>
      s.checkout.sessions.listLineItems(id, p, o),
    ),
    properties: objectProperties("Session ID"),
  });
}
