import { type RunMode, TaskGroup } from "@acme/integration-kit";
import type Stripe from "stripe";
import { stripeList, stripeRead, stripeWrite, type WithId } from "./stripe-call.js";
import { connectProperty, objectProperties } from "./stripe-properties.js";

/** `io.stripe.paymentMethods`: cards and other saved ways to pay. */
export class PaymentMethods<M extends RunMode = "job"> extends TaskGroup<Stripe, M> {
  /** Reads a payment method. `GET /v1/payment_methods/{payment_method}` */
  readonly retrieve = this.task({
    name: "Retrieve Payment Method",
    ...stripeRead((s, { id, ...p }: WithId<Stripe.PaymentMethodRetrieveParams>, o) =>
      s.paymentMethods.retrieve(id, p, o),
    ),
    properties: objectProperties("Payment Method ID"),
  });
  /** Attaches a payment method to a customer. `POST /v1/payment_methods/{payment_method}/attach` */
  readonly attach = this.task({
    name: "Attach Payment Method",
    ...stripeWrite((s, { id, ...p }: WithId<Stripe.PaymentMethodAttachParams>, o) => s.paymentMethods.attach(id, p, o)),
    properties: (p) => [["Payment Method ID", p.id], ["Customer", p.customer], connectProperty(p)],
  });
  /** Detaches a payment method from its customer. `POST /v1/payment_methods/{payment_method}/detach` */
  readonly detach = this.task({
    name: "Detach Payment Method",
    ...stripeWrite((s, { id, ...p }: WithId<Stripe.PaymentMethodDetachParams>, o) => s.paymentMethods.detach(id, p, o)),
    properties: objectProperties("Payment Method ID"),
  });
  /** Lists payment methods (of a `customer`). `GET /v1/payment_methods` */
  readonly list = this.listing({
    name: "List Payment Methods",
    ...stripeList((s, p: Stripe.PaymentMethodListParams | undefined, o) => s.paymentMethods.list(p, o)),
  });
}
