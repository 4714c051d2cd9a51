import type { ServiceInfo } from "@acme/integration-kit";

/** What the kit needs to know about Stripe, shared by the v2 `Stripe` and `StripeClient`. */
export const stripeService: ServiceInfo = {
  id: "stripe",
  name: "Stripe",
  icon: "stripe",
  tokenEnv: "STRIPE_SECRET_KEY",
};
