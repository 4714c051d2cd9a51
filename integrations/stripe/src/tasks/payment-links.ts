import { type RunMode, TaskGroup } from "@acme/integration-kit";
import type Stripe from "stripe";
import { stripeList, stripeRead, stripeWrite, type WithId } from "./stripe-call.js";
import { connectProperty, objectProperties } from "./stripe-properties.js";

/** `io.stripe.paymentLinks`: shareable links to a Stripe-hosted payment page. */
export class PaymentLinks<M extends RunMode = "job"> extends TaskGroup<Stripe, M> {
  /** Creates a payment link. `POST /v1/payment_links` */
  readonly create = this.task({
    name: "Create Payment Link",
    ...stripeWrite((s, p: Stripe.PaymentLinkCreateParams, o) => s.paymentLinks.create(p, o)),
    properties: (p) => [["Line Items", p.line_items?.length], connectProperty(p)],
  });
  /** Reads a payment link. `GET /v1/payment_links/{payment_link}` */
  readonly retrieve = this.task({
    name: "Retrieve Payment Link",
    ...stripeRead((s, { id, ...p }: WithId<Stripe.PaymentLinkRetrieveParams>, o) => s.paymentLinks.retrieve(id, p, o)),
    properties: objectProperties("Payment Link ID"),
  });
  /** Changes a payment link (`active: false` turns it off). `POST /v1/payment_links/{payment_link}` */
  readonly update = this.task({
    name: "Update Payment Link",
    ...stripeWrite((s, { id, ...p }: WithId<Stripe.PaymentLinkUpdateParams>, o) => s.paymentLinks.update(id, p, o)),
    properties: objectProperties("Payment Link ID"),
  });
  /** Lists payment links, newest first. `GET /v1/payment_links` */
  readonly list = this.listing({
    name: "List Payment Links",
    ...stripeList((s, p: Stripe.PaymentLinkListParams | undefined, o) => s.paymentLinks.list(p, o)),
  });
}
