import { type RunMode, TaskGroup } from "@acme/integration-kit";
import type Stripe from "stripe";
import { stripeList, stripeRead, stripeWrite, type WithId } from "./stripe-call.js";
import { connectProperty, objectProperties } from "./stripe-properties.js";

/** `io.stripe.setupIntents`: saving a customer's payment method for later charges. */
export class SetupIntents<M extends RunMode = "job"> extends TaskGroup<Stripe, M> {
  /** Creates a setup intent. `POST /v1/setup_intents` */
  readonly create = this.task({
    name: "Create Setup Intent",
    ...stripeWrite((s, p: Stripe.SetupIntentCreateParams | undefined, o) => s.setupIntents.create(p, o)),
    properties: (p) => [["Customer", p?.customer], connectProperty(p)],
  });
  /** Reads a setup intent. `GET /v1/setup_intents/{intent}` */
  readonly retrieve = this.task({
    name: "Retrieve Setup Intent",
    ...stripeRead((s, { id, ...p }: WithId<Stripe.SetupIntentRetrieveParams>, o) => s.setupIntents.retrieve(id, p, o)),
    properties: objectProperties("Setup Intent ID"),
  });
  /** Confirms a setup intent: the payment method is saved. `POST /v1/setup_intents/{intent}/confirm` */
  readonly confirm = this.task({
    name: "Confirm Setup Intent",
    ...stripeWrite((s, { id, ...p }: WithId<Stripe.SetupIntentConfirmParams>, o) => s.setupIntents.confirm(id, p, o)),
    properties: objectProperties("Setup Intent ID"),
  });
  /** Cancels a setup intent. `POST /v1/setup_intents/{intent}/cancel` */
  readonly cancel = this.task({
    name: "Cancel Setup Intent",
    ...stripeWrite((s, { id, ...p }: WithId<Stripe.SetupIntentCancelParams>, o) => s.setupIntents.cancel(id, p, o)),
    properties: objectProperties("Setup Intent ID"),
  });
  /** Lists setup intents, newest first. `GET /v1/setup_intents` */
  readonly list = this.listing({
    name: "List Setup Intents",
    ...stripeList((s, p: Stripe.SetupIntentListParams | undefined, o) => s.setupIntents.list(p, o)),
  });
}
