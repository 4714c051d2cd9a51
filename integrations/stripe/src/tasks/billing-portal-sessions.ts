import { type RunMode, TaskGroup } from "@acme/integration-kit";
import type Stripe from "stripe";
import { stripeWrite } from "./stripe-call.js";
import { connectProperty } from "./stripe-properties.js";

/** `io.stripe.billingPortalSessions` (also `io.stripe.billingPortal.sessions`): the customer portal. */
export class BillingPortalSessions<M extends RunMode = "job"> extends TaskGroup<Stripe, M> {
  /** Creates a customer portal session; send the customer to its `url`. `POST /v1/billing_portal/sessions` */
  readonly create = this.task({
    name: "Create Billing Portal Session",
    ...stripeWrite((s, p: Stripe.BillingPortal.SessionCreateParams, o) => s.billingPortal.sessions.create(p, o)),
    properties: (p) => [["Customer", p.customer], connectProperty(p)],
  });
}
