import { type RunMode, TaskGroup } from "@acme/integration-kit";
import type Stripe from "stripe";
import { stripeDelete, stripeList, stripeRead, stripeWrite, type WithId } from "./stripe-call.js";
import { connectProperty, objectProperties } from "./stripe-properties.js";

/** `io.stripe.coupons`: discounts. */
export class Coupons<M extends RunMode = "job"> extends TaskGroup<Stripe, M> {
  /** Creates a coupon. `POST /v1/coupons` */
  readonly create = this.task({
    name: "Create Coupon",
    ...stripeWrite((s, p: Stripe.CouponCreateParams | undefined, o) => s.coupons.create(p, o)),
    properties: (p) => [
      ["Percent Off", p?.percent_off],
      ["Amount Off", p?.amount_off],
      ["Duration", p?.duration],
      connectProperty(p),
    ],
  });
  /** Reads a coupon. `GET /v1/coupons/{coupon}` */
  readonly retrieve = this.task({
    name: "Retrieve Coupon",
    ...stripeRead((s, { id, ...p }: WithId<Stripe.CouponRetrieveParams>, o) => s.coupons.retrieve(id, p, o)),
    properties: objectProperties("Coupon ID"),
  });
  /** Deletes a coupon (discounts already applied stay). `DELETE /v1/coupons/{coupon}` */
  readonly del = this.task({
    name: "Delete Coupon",
    ...stripeDelete("coupon", (s, { id, ...p }: WithId<Stripe.CouponDeleteParams>, o) => s.coupons.del(id, p, o)),
    properties: objectProperties("Coupon ID"),
  });
  /** Lists coupons, newest first. `GET /v1/coupons` */
  readonly list = this.listing({
    name: "List Coupons",
    ...stripeList((s, p: Stripe.CouponListParams | undefined, o) => s.coupons.list(p, o)),
  });
}
