import { type RunMode, TaskGroup } from "@acme/integration-kit";
import type Stripe from "stripe";
import { stripeDelete, stripeList, stripeRead, stripeSearch, stripeWrite, type WithId } from "./stripe-call.js";
import { connectProperty, objectProperties } from "./stripe-properties.js";

/** `io.stripe.products`: what you sell. */
export class Products<M extends RunMode = "job"> extends TaskGroup<Stripe, M> {
  /** Creates a product. `POST /v1/products` */
  readonly create = this.task({
    name: "Create Product",
    ...stripeWrite((s, p: Stripe.ProductCreateParams, o) => s.products.create(p, o)),
    properties: (p) => [["Name", p.name], connectProperty(p)],
  });
  /** Reads a product. `GET /v1/products/{id}` */
  readonly retrieve = this.task({
    name: "Retrieve Product",
    ...stripeRead((s, { id, ...p }: WithId<Stripe.ProductRetrieveParams>, o) => s.products.retrieve(id, p, o)),
    properties: objectProperties("Product ID"),
  });
  /** Changes a product. `POST /v1/products/{id}` */
  readonly update = this.task({
    name: "Update Product",
    ...stripeWrite((s, { id, ...p }: WithId<Stripe.ProductUpdateParams>, o) => s.products.update(id, p, o)),
    properties: objectProperties("Product ID"),
  });
  /** Deletes a product that has no prices. `DELETE /v1/products/{id}` */
  readonly del = this.task({
    name: "Delete Product",
    ...stripeDelete("product", (s, { id, ...p }: WithId<Stripe.ProductDeleteParams>, o) => s.products.del(id, p, o)),
    properties: objectProperties("Product ID"),
  });
  /** Lists products, newest first (filter by `active`). `GET /v1/products` */
  readonly list = this.listing({
    name: "List Products",
    ...stripeList((s, p: Stripe.ProductListParams | undefined, o) => s.products.list(p, o)),
  });
  /** Finds products by Stripe's search query (`name~'pro'`). `GET /v1/products/search` */
  readonly search = this.listing({
    name: "Search Products",
    ...stripeSearch((s, p: Stripe.ProductSearchParams, o) => s.products.search(p, o)),
  });
}
