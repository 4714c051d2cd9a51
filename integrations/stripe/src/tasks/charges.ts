import { type RunMode, TaskGroup } from "@acme/integration-kit";
import type Stripe from "stripe";
import { stripeList, stripeRead, stripeSearch, stripeWrite, type WithId } from "./stripe-call.js";
import { amountProperties, objectProperties } from "./stripe-properties.js";

/** `io.stripe.charges`: charges (new integrations use payment intents, which create them). */
export class Charges<M extends RunMode = "job"> extends TaskGroup<Stripe, M> {
  /** Charges a card or other source. Safe to retry: a retry gets the first charge back. `POST /v1/charges` */
  readonly create = this.task({
    name: "Create Charge",
    ...stripeWrite((s, p: Stripe.ChargeCreateParams | undefined, o) => s.charges.create(p, o)),
    properties: (p) => amountProperties(p ?? {}),
  });
  /** Reads a charge. `GET /v1/charges/{charge}` */
  readonly retrieve = this.task({
    name: "Retrieve Charge",
    ...stripeRead((s, { id, ...p }: WithId<Stripe.ChargeRetrieveParams>, o) => s.charges.retrieve(id, p, o)),
    properties: objectProperties("Charge ID"),
  });
  /** Captures an uncaptured charge. `POST /v1/charges/{charge}/capture` */
  readonly capture = this.task({
    name: "Capture Charge",
    ...stripeWrite((s, { id, ...p }: WithId<Stripe.ChargeCaptureParams>, o) => s.charges.capture(id, p, o)),
    properties: objectProperties("Charge ID"),
  });
  /** Lists charges, newest first (filter by `customer`). `GET /v1/charges` */
  readonly list = this.listing({
    name: "List Charges",
    ...stripeList((s, p: Stripe.ChargeListParams | undefined, o) => s.charges.list(p, o)),
  });
  /** Finds charges by Stripe's search query. `GET /v1/charges/search` */
  readonly search = this.listing({
    name: "Search Charges",
    ...stripeSearch((s, p: Stripe.ChargeSearchParams, o) => s.charges.search(p, o)),
  });
}
