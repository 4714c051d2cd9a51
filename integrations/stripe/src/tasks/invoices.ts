import { type RunMode, TaskGroup } from "@acme/integration-kit";
import type Stripe from "stripe";
import { stripeDelete, stripeList, stripeRead, stripeSearch, stripeWrite, type WithId } from "./stripe-call.js";
import { connectProperty, objectProperties } from "./stripe-properties.js";

/** `io.stripe.invoices`: bills, from draft to paid. */
export class Invoices<M extends RunMode = "job"> extends TaskGroup<Stripe, M> {
  /** Creates a draft invoice for a customer's pending invoice items. `POST /v1/invoices` */
  readonly create = this.task({
    name: "Create Invoice",
    ...stripeWrite((s, p: Stripe.InvoiceCreateParams | undefined, o) => s.invoices.create(p, o)),
    properties: (p) => [["Customer", p?.customer], connectProperty(p)],
  });
  /** Reads an invoice. `GET /v1/invoices/{invoice}` */
  readonly retrieve = this.task({
    name: "Retrieve Invoice",
    ...stripeRead((s, { id, ...p }: WithId<Stripe.InvoiceRetrieveParams>, o) => s.invoices.retrieve(id, p, o)),
    properties: objectProperties("Invoice ID"),
  });
  /** Changes a draft invoice. `POST /v1/invoices/{invoice}` */
  readonly update = this.task({
    name: "Update Invoice",
    ...stripeWrite((s, { id, ...p }: WithId<Stripe.InvoiceUpdateParams>, o) => s.invoices.update(id, p, o)),
    properties: objectProperties("Invoice ID"),
  });
  /** Finalizes a draft invoice, so it can be paid. `POST /v1/invoices/{invoice}/finalize` */
  readonly finalizeInvoice = this.task({
    name: "Finalize Invoice",
    ...stripeWrite((s, { id, ...p }: WithId<Stripe.InvoiceFinalizeInvoiceParams>, o) =>
      s.invoices.finalizeInvoice(id, p, o),
    ),
    properties: objectProperties("Invoice ID"),
  });
  /** Pays an open invoice now. Safe to retry: paid once. `POST /v1/invoices/{invoice}/pay` */
  readonly pay = this.task({
    name: "Pay Invoice",
    ...stripeWrite((s, { id, ...p }: WithId<Stripe.InvoicePayParams>, o) => s.invoices.pay(id, p, o)),
    properties: objectProperties("Invoice ID"),
  });
  /** Emails an open invoice to the customer. `POST /v1/invoices/{invoice}/send` */
  readonly sendInvoice = this.task({
    name: "Send Invoice",
    ...stripeWrite((s, { id, ...p }: WithId<Stripe.InvoiceSendInvoiceParams>, o) => s.invoices.sendInvoice(id, p, o)),
    properties: objectProperties("Invoice ID"),
  });
  /** Voids an open invoice. `POST /v1/invoices/{invoice}/void` */
  readonly voidInvoice = this.task({
    name: "Void Invoice",
    ...stripeWrite((s, { id, ...p }: WithId<Stripe.InvoiceVoidInvoiceParams>, o) => s.invoices.voidInvoice(id, p, o)),
    properties: objectProperties("Invoice ID"),
  });
  /** Deletes a draft invoice. `DELETE /v1/invoices/{invoice}` */
  readonly del = this.task({
    name: "Delete Invoice",
    ...stripeDelete("invoice", (s, { id, ...p }: WithId<Stripe.InvoiceDeleteParams>, o) => s.invoices.del(id, p, o)),
    properties: objectProperties("Invoice ID"),
  });
  /** Lists invoices, newest first (filter by `customer`, `subscription`, `status`). `GET /v1/invoices` */
  readonly list = this.listing({
    name: "List Invoices",
    ...stripeList((s, p: Stripe.InvoiceListParams | undefined, o) => s.invoices.list(p, o)),
  });
  /** Finds invoices by Stripe's search query. `GET /v1/invoices/search` */
  readonly search = this.listing({
    name: "Search Invoices",
    ...stripeSearch((s, p: Stripe.InvoiceSearchParams, o) => s.invoices.search(p, o)),
  });
}
