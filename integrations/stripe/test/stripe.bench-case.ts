import type * as TriggerStripe from "@trigger.dev/stripe";
import type * as StripeSdk from "stripe";
import type { BenchCase, BenchEnv } from "../../../tooling/bench/bench-case.js";
import type * as Stripe from "../src/index.js";

const customer = { email: "bench@example.com", name: "Bench" };
const hostedAuth = (accessToken: string) => ({ type: "oauth2" as const, accessToken });

/** The stripe 12 client inside a clone of @trigger.dev/stripe, as far as the bench reaches into it. */
interface V12Client {
  _setApiField(name: "httpClient", value: unknown): void;
  _platformFunctions: { createFetchHttpClient(fetch: typeof globalThis.fetch): unknown };
}

/** Sends what the stripe 12 client a clone of @trigger.dev/stripe builds (at api.stripe.com) through the bench's fetch. */
function aim(clone: TriggerStripe.Stripe, env: BenchEnv): TriggerStripe.Stripe {
  const client = (clone as unknown as { _client: V12Client })._client;
  client._setApiField("httpClient", client._platformFunctions.createFetchHttpClient(env.fetch));
  return clone;
}

/**
 * `pnpm bench` for Stripe: `customers.create` (a POST, keyed by the task) against
 * @trigger.dev/stripe and the `stripe` SDK alone. No webhook figures yet: the kit's verifier reads
 * one signature per header, and Stripe packs `t=` and its `v1=`s into one (#13's scheme model reads it).
 */
const stripeBench: BenchCase<typeof Stripe, typeof TriggerStripe, typeof StripeSdk> = {
  name: "Stripe",
  answer: { id: "cus_bench", object: "customer", email: customer.email, name: customer.name, livemode: false },
  ours: {
    package: "@acme/stripe",
    task: ({ Stripe }, env) => {
      const stripe = new Stripe({ id: "stripe", baseUrl: env.baseUrl, fetch: env.fetch });
      return (token) => stripe.cloneForRun(env.io, "stripe", hostedAuth(token)).customers.create("create", customer);
    },
  },
  theirs: {
    package: "@trigger.dev/stripe",
    task: ({ Stripe }, env) => {
      const stripe = new Stripe({ id: "stripe" });
      return (token) =>
        aim(stripe.cloneForRun(env.io, "stripe", hostedAuth(token)), env).createCustomer("create", customer);
    },
  },
  vendor: {
    package: "stripe",
    task: ({ default: StripeClient }, env) => {
      const client = new StripeClient("sk_test_bench", {
        maxNetworkRetries: 0,
        httpClient: StripeClient.createFetchHttpClient(env.fetch),
      });
      return () => client.customers.create(customer);
    },
  },
};

export default stripeBench;
