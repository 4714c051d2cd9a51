import type StripeSdk from "stripe";
import { STRIPE_API_VERSION } from "./stripe-api-version.js";
import { stripeFetch } from "./stripe-fetch.js";
import type { StripeOptions } from "./stripe-options.js";

/** The `stripe` SDK's constructor, as loaded. */
export type StripeConstructor = typeof StripeSdk;

/**
 * A `stripe` client for one key, as every task and `native` use it: the API version explicit,
 * the SDK's own retries off (Trigger.dev's task retries are the only ones, and each POST carries
 * the task's idempotency key), the integration's timeout, requests sent through
 * {@link stripeFetch} (to `baseUrl`, answers that are not JSON refused), and the integration's
 * Connect account as the default `Stripe-Account`.
 */
export function createStripeClient(
  StripeClient: StripeConstructor,
  key: string,
  options: Readonly<Pick<StripeOptions, "baseUrl" | "fetch" | "stripeAccount" | "apiVersion">> & { timeoutMs: number },
): StripeSdk {
  const { baseUrl, fetch, stripeAccount, apiVersion, timeoutMs } = options;
  return new StripeClient(key, {
    apiVersion: (apiVersion ?? STRIPE_API_VERSION) as typeof STRIPE_API_VERSION,
    maxNetworkRetries: 0,
    timeout: timeoutMs,
    httpClient: StripeClient.createFetchHttpClient(stripeFetch({ baseUrl, fetch })),
    ...(stripeAccount ? { stripeAccount } : {}),
    appInfo: { name: "@acme/stripe" },
  });
}
