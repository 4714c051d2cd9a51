import { type RunMode, TaskGroup } from "@acme/integration-kit";
import type Stripe from "stripe";
import { stripeList, stripeRead, stripeWrite, type WithId } from "./stripe-call.js";
import { amountProperties, objectProperties } from "./stripe-properties.js";

/** `io.stripe.payouts`: money sent to the account's bank. */
export class Payouts<M extends RunMode = "job"> extends TaskGroup<Stripe, M> {
  /** Sends funds to the bank account. Safe to retry: one payout. `POST /v1/payouts` */
  readonly create = this.task({
    name: "Create Payout",
    ...stripeWrite((s, p: Stripe.PayoutCreateParams, o) => s.payouts.create(p, o)),
    properties: amountProperties,
  });
  /** Reads a payout. `GET /v1/payouts/{payout}` */
  readonly retrieve = this.task({
    name: "Retrieve Payout",
    ...stripeRead((s, { id, ...p }: WithId<Stripe.PayoutRetrieveParams>, o) => s.payouts.retrieve(id, p, o)),
    properties: objectProperties("Payout ID"),
  });
  /** Cancels a pending payout. `POST /v1/payouts/{payout}/cancel` */
  readonly cancel = this.task({
    name: "Cancel Payout",
    ...stripeWrite((s, { id, ...p }: WithId<Stripe.PayoutCancelParams>, o) => s.payouts.cancel(id, p, o)),
    properties: objectProperties("Payout ID"),
  });
  /** Lists payouts, newest first (filter by `status`). `GET /v1/payouts` */
  readonly list = this.listing({
    name: "List Payouts",
    ...stripeList((s, p: Stripe.PayoutListParams | undefined, o) => s.payouts.list(p, o)),
  });
}
