import { type RunMode, TaskGroup } from "@acme/integration-kit";
import type Stripe from "stripe";
import { stripeDelete, stripeList, stripeRead, stripeSearch, stripeWrite, type WithId } from "./stripe-call.js";
import { connectProperty, objectProperties } from "./stripe-properties.js";

/** `io.stripe.customers`: the people and companies you charge. */
export class Customers<M extends RunMode = "job"> extends TaskGroup<Stripe, M> {
  /** Creates a customer. `POST /v1/customers` */
  readonly create = this.task({
    name: "Create Customer",
    ...stripeWrite((s, p: Stripe.CustomerCreateParams | undefined, o) => s.customers.create(p, o)),
    properties: (p) => [["Email", p?.email], ["Name", p?.name], connectProperty(p)],
  });
  /** Reads a customer. `GET /v1/customers/{customer}` */
  readonly retrieve = this.task({
    name: "Retrieve Customer",
    ...stripeRead((s, { id, ...p }: WithId<Stripe.CustomerRetrieveParams>, o) => s.customers.retrieve(id, p, o)),
    properties: objectProperties("Customer ID"),
  });
  /** Changes a customer's fields; those left out stay as they are. `POST /v1/customers/{customer}` */
  readonly update = this.task({
    name: "Update Customer",
    ...stripeWrite((s, { id, ...p }: WithId<Stripe.CustomerUpdateParams>, o) => s.customers.update(id, p, o)),
    properties: objectProperties("Customer ID"),
  });
  /** Deletes a customer, cancelling their subscriptions. `DELETE /v1/customers/{customer}` */
  readonly del = this.task({
    name: "Delete Customer",
    ...stripeDelete("customer", (s, { id, ...p }: WithId<Stripe.CustomerDeleteParams>, o) => s.customers.del(id, p, o)),
    properties: objectProperties("Customer ID"),
  });
  /** Lists customers, newest first (filter by `email`). `GET /v1/customers` */
  readonly list = this.listing({
    name: "List Customers",
    ...stripeList((s, p: Stripe.CustomerListParams | undefined, o) => s.customers.list(p, o)),
  });
  /** Finds customers by Stripe's search query (`email:'a@b.c'`). `GET /v1/customers/search` */
  readonly search = this.listing({
    name: "Search Customers",
    ...stripeSearch((s, p: Stripe.CustomerSearchParams, o) => s.customers.search(p, o)),
  });
  /** Lists a customer's saved payment methods. `GET /v1/customers/{customer}/payment_methods` */
  readonly listPaymentMethods = this.listing({
    name: "List Customer Payment Methods",
    ...stripeList((s, { id, ...p }: WithId<Stripe.CustomerListPaymentMethodsParams>, o) =>
      s.customers.listPaymentMethods(id, p, o),
    ),
    properties: objectProperties("Customer ID"),
  });
}
