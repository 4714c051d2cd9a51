import { type RunMode, TaskGroup } from "@acme/integration-kit";
import type Stripe from "stripe";
import { stripeRead } from "./stripe-call.js";
import { connectProperty } from "./stripe-properties.js";

/** `io.stripe.balance`: the account's funds. */
export class Balance<M extends RunMode = "job"> extends TaskGroup<Stripe, M> {
  /** Reads the account's available and pending balance. `GET /v1/balance` */
  readonly retrieve = this.task({
    name: "Retrieve Balance",
    ...stripeRead((s, p: Stripe.BalanceRetrieveParams | undefined, o) => s.balance.retrieve(p, o)),
    // No params to show by default, so the dashboard names the endpoint read.
    properties: (p) => [["Endpoint", "GET /v1/balance"], connectProperty(p)],
  });
}
