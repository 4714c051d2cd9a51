import type { IntegrationOptions } from "@acme/integration-kit";

/** Options for `Stripe`. */
export interface StripeOptions extends IntegrationOptions {
  /**
   * A secret (`sk_...`) or restricted (`rk_...`) key (LOCAL), as `@trigger.dev/stripe` named it:
   * usually `process.env.STRIPE_SECRET_KEY`. Present but undefined throws at construction.
   */
  apiKey?: string;
  /** The connected account (`acct_...`) every task acts for (Stripe Connect); a task's own `stripeAccount` param wins. */
  stripeAccount?: string;
  /** The Stripe API version every request asks for (default `STRIPE_API_VERSION`, the one `stripe` 23.1.0 is typed for). */
  apiVersion?: string;
  /** API root (default `https://api.stripe.com`): a local stand-in or a proxy; a path after the host is kept. */
  baseUrl?: string;
  /** The fetch requests go through (a proxy, instrumentation); the global one by default. */
  fetch?: typeof fetch;
}
