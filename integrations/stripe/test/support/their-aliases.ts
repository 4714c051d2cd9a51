/**
 * The 8 flat aliases `@trigger.dev/stripe` 2.3.19 declares (`io.stripe.createCharge`).
 * `trigger-dev-stripe-compat.test-d.ts` checks at compile time that this is exactly their list;
 * the client test checks that `StripeClient` offers each one.
 */
export const THEIR_ALIASES = [
  "createCharge",
  "createCustomer",
  "updateCustomer",
  "retrieveSubscription",
  "createCheckoutSession",
  "createWebhook",
  "updateWebhook",
  "listWebhooks",
] as const;
