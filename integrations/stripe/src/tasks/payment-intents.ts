import { type RunMode, TaskGroup } from "@acme/integration-kit";
import type Stripe from "stripe";
import { stripeList, stripeRead, stripeSearch, stripeWrite, type WithId } from "./stripe-call.js";
import { amountProperties, objectProperties } from "./stripe-properties.js";

/** `io.stripe.paymentIntents`: payments, from creation to confirmation and capture. */
export class PaymentIntents<M extends RunMode = "job"> extends TaskGroup<Stripe, M> {
  /** Creates a payment intent (with `confirm: true`, pays it at once). `POST /v1/payment_intents` */
  readonly create = this.task({
    name: "Create Payment Intent",
    ...stripeWrite((s, p: Stripe.PaymentIntentCreateParams, o) => s.paymentIntents.create(p, o)),
    properties: amountProperties,
  });
  /** Reads a payment intent. `GET /v1/payment_intents/{intent}` */
  readonly retrieve = this.task({
    name: "Retrieve Payment Intent",
    ...stripeRead((s, { id, ...p }: WithId<Stripe.PaymentIntentRetrieveParams>, o) =>
      s.paymentIntents.retrieve(id, p, o),
    ),
    properties: objectProperties("Payment Intent ID"),
  });
  /** Changes a payment intent that is not yet confirmed. `POST /v1/payment_intents/{intent}` */
  readonly update = this.task({
    name: "Update Payment Intent",
    ...stripeWrite((s, { id, ...p }: WithId<Stripe.PaymentIntentUpdateParams>, o) => s.paymentIntents.update(id, p, o)),
    properties: objectProperties("Payment Intent ID"),
  });
  /** Confirms a payment intent: the customer is charged. `POST /v1/payment_intents/{intent}/confirm` */
  readonly confirm = this.task({
    name: "Confirm Payment Intent",
    ...stripeWrite((s, { id, ...p }: WithId<Stripe.PaymentIntentConfirmParams>, o) =>
      s.paymentIntents.confirm(id, p, o),
    ),
    properties: objectProperties("Payment Intent ID"),
  });
  /** Captures the funds of an authorised payment intent. `POST /v1/payment_intents/{intent}/capture` */
  readonly capture = this.task({
    name: "Capture Payment Intent",
    ...stripeWrite((s, { id, ...p }: WithId<Stripe.PaymentIntentCaptureParams>, o) =>
      s.paymentIntents.capture(id, p, o),
    ),
    properties: objectProperties("Payment Intent ID"),
  });
  /** Cancels a payment intent. `POST /v1/payment_intents/{intent}/cancel` */
  readonly cancel = this.task({
    name: "Cancel Payment Intent",
    ...stripeWrite((s, { id, ...p }: WithId<Stripe.PaymentIntentCancelParams>, o) => s.paymentIntents.cancel(id, p, o)),
    properties: objectProperties("Payment Intent ID"),
  });
  /** Lists payment intents, newest first (filter by `customer`). `GET /v1/payment_intents` */
  readonly list = this.listing({
    name: "List Payment Intents",
    ...stripeList((s, p: Stripe.PaymentIntentListParams | undefined, o) => s.paymentIntents.list(p, o)),
  });
  /** Finds payment intents by Stripe's search query (`status:'succeeded'`). `GET /v1/payment_intents/search` */
  readonly search = this.listing({
    name: "Search Payment Intents",
    ...stripeSearch((s, p: Stripe.PaymentIntentSearchParams, o) => s.paymentIntents.search(p, o)),
  });
}
