import { type RunMode, TaskGroup } from "@acme/integration-kit";
import type Stripe from "stripe";
import { stripeDelete, stripeList, stripeWrite, type WithId } from "./stripe-call.js";
import { connectProperty, objectProperties } from "./stripe-properties.js";

/** `io.stripe.invoiceItems`: one-off amounts added to a customer's next invoice. */
export class InvoiceItems<M extends RunMode = "job"> extends TaskGroup<Stripe, M> {
  /** Adds an amount to a customer's next (or a draft) invoice. Safe to retry: added once. `POST /v1/invoiceitems` */
  readonly create = this.task({
    name: "Create Invoice Item",
    ...stripeWrite((s, p: Stripe.InvoiceItemCreateParams, o) => s.invoiceItems.create(p, o)),
    properties: (p) => [["Customer", p.customer], ["Amount", p.amount], ["Currency", p.currency], connectProperty(p)],
  });
  /** Deletes an invoice item not yet on a finalized invoice. `DELETE /v1/invoiceitems/{invoiceitem}` */
  readonly del = this.task({
    name: "Delete Invoice Item",
    ...stripeDelete("invoiceitem", (s, { id, ...p }: WithId<Stripe.InvoiceItemDeleteParams>, o) =>
      s.invoiceItems.del(id, p, o),
    ),
    properties: objectProperties("Invoice Item ID"),
  });
  /** Lists invoice items, newest first (filter by `customer`, `invoice`). `GET /v1/invoiceitems` */
  readonly list = this.listing({
    name: "List Invoice Items",
    ...stripeList((s, p: Stripe.InvoiceItemListParams | undefined, o) => s.invoiceItems.list(p, o)),
  });
}
