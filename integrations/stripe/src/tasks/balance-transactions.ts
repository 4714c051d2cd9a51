import { type RunMode, TaskGroup } from "@acme/integration-kit";
import type Stripe from "stripe";
import { stripeList, stripeRead, type WithId } from "./stripe-call.js";
import { objectProperties } from "./stripe-properties.js";

/** `io.stripe.balanceTransactions`: every movement of the account's funds. */
export class BalanceTransactions<M extends RunMode = "job"> extends TaskGroup<Stripe, M> {
  /** Reads a balance transaction. `GET /v1/balance_transactions/{id}` */
  readonly retrieve = this.task({
    name: "Retrieve Balance Transaction",
    ...stripeRead((s, { id, ...p }: WithId<Stripe.BalanceTransactionRetrieveParams>, o) =>
      s.balanceTransactions.retrieve(id, p, o),
    ),
    properties: objectProperties("Balance Transaction ID"),
  });
  /** Lists balance transactions, newest first (filter by `payout`, `type`). `GET /v1/balance_transactions` */
  readonly list = this.listing({
    name: "List Balance Transactions",
    ...stripeList((s, p: Stripe.BalanceTransactionListParams | undefined, o) => s.balanceTransactions.list(p, o)),
  });
}
