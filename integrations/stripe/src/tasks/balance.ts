import { type RunMode, TaskGroup } from "@acme/integration-kit";
import type Stripe from "stripe";
import { stripeRead } from "./stripe-call.js";

/** `io.stripe.balance`: the account's funds. */
export class Balance<M extends RunMode = "job"> extends TaskGroup<Stripe, M> {
  /** Reads the account's available and pending balance. `GET /v1/balance` */
  readonly retrieve = this.task({
    name: "Retrieve Balance",
    ...stripeRead((s, p: Stripe.BalanceRetrieveParams | undefined, o) => s.balance.retrieve(p, o)),
    properties: (p) => [["Account", p?.stripeAccount ?? "this account"]],
  });
}
