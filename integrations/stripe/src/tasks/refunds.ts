import { type RunMode, TaskGroup } from "@acme/integration-kit";
import type Stripe from "stripe";
import { stripeList, stripeRead, stripeWrite, type WithId } from "./stripe-call.js";
import { connectProperty, objectProperties } from "./stripe-properties.js";

/** `io.stripe.refunds`: money returned for a charge or payment intent. */
export class Refunds<M extends RunMode = "job"> extends TaskGroup<Stripe, M> {
  /** Refunds a charge or payment intent, wholly or in part. Safe to retry: one refund. `POST /v1/refunds` */
  readonly create = this.task({
    name: "Create Refund",
    ...stripeWrite((s, p: Stripe.RefundCreateParams | undefined, o) => s.refunds.create(p, o)),
    properties: (p) => [
      ["Charge", p?.charge],
      ["Payment Intent", p?.payment_intent],
      ["Amount", p?.amount],
      connectProperty(p),
    ],
  });
  /** Reads a refund. `GET /v1/refunds/{refund}` */
  readonly retrieve = this.task({
    name: "Retrieve Refund",
    ...stripeRead((s, { id, ...p }: WithId<Stripe.RefundRetrieveParams>, o) => s.refunds.retrieve(id, p, o)),
    properties: objectProperties("Refund ID"),
  });
  /** Cancels a refund that is waiting for customer action. `POST /v1/refunds/{refund}/cancel` */
  readonly cancel = this.task({
    name: "Cancel Refund",
    ...stripeWrite((s, { id, ...p }: WithId<Stripe.RefundCancelParams>, o) => s.refunds.cancel(id, p, o)),
    properties: objectProperties("Refund ID"),
  });
  /** Lists refunds, newest first (filter by `charge` or `payment_intent`). `GET /v1/refunds` */
  readonly list = this.listing({
    name: "List Refunds",
    ...stripeList((s, p: Stripe.RefundListParams | undefined, o) => s.refunds.list(p, o)),
  });
}
