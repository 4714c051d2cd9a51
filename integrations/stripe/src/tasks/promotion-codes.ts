import { type RunMode, TaskGroup } from "@acme/integration-kit";
import type Stripe from "stripe";
import { stripeList, stripeRead, stripeWrite, type WithId } from "./stripe-call.js";
import { connectProperty, objectProperties } from "./stripe-properties.js";

/** `io.stripe.promotionCodes`: codes customers type to get a coupon's discount. */
export class PromotionCodes<M extends RunMode = "job"> extends TaskGroup<Stripe, M> {
  /** Creates a promotion code for a coupon. `POST /v1/promotion_codes` */
  readonly create = this.task({
    name: "Create Promotion Code",
    ...stripeWrite((s, p: Stripe.PromotionCodeCreateParams, o) => s.promotionCodes.create(p, o)),
    properties: (p) => [["Code", p.code], connectProperty(p)],
  });
  /** Reads a promotion code. `GET /v1/promotion_codes/{promotion_code}` */
  readonly retrieve = this.task({
    name: "Retrieve Promotion Code",
    ...stripeRead((s, { id, ...p }: WithId<Stripe.PromotionCodeRetrieveParams>, o) =>
      s.promotionCodes.retrieve(id, p, o),
    ),
    properties: objectProperties("Promotion Code ID"),
  });
  /** Changes a promotion code (`active: false` turns it off). `POST /v1/promotion_codes/{promotion_code}` */
  readonly update = this.task({
    name: "Update Promotion Code",
    ...stripeWrite((s, { id, ...p }: WithId<Stripe.PromotionCodeUpdateParams>, o) => s.promotionCodes.update(id, p, o)),
    properties: objectProperties("Promotion Code ID"),
  });
  /** Lists promotion codes, newest first (filter by `code`, `coupon`). `GET /v1/promotion_codes` */
  readonly list = this.listing({
    name: "List Promotion Codes",
    ...stripeList((s, p: Stripe.PromotionCodeListParams | undefined, o) => s.promotionCodes.list(p, o)),
  });
}
