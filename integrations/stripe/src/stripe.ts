import { Integration, type ServiceFailure, type ServiceInfo } from "@acme/integration-kit";
import type StripeSdk from "stripe";
import { createStripeClient } from "./create-stripe-client.js";
import { describeStripeFailure } from "./describe-stripe-failure.js";
import { requireStripeSdk } from "./require-stripe-sdk.js";
import { withKeyAsToken } from "./stripe-credential-options.js";
import type { StripeOptions } from "./stripe-options.js";
import { Customers } from "./tasks/customers.js";

/** Stripe for Trigger.dev jobs: pass it in `integrations` and call it as `io.stripe` inside `run`. */
export class Stripe extends Integration<StripeSdk, StripeOptions> {
  /** What the kit needs to know about Stripe. */
  static readonly service: ServiceInfo = {
    id: "stripe",
    name: "Stripe",
    icon: "stripe",
    tokenEnv: "STRIPE_SECRET_KEY",
  };

  #native: StripeSdk | undefined;

  constructor(options: StripeOptions) {
    super(withKeyAsToken(Stripe.service, options));
  }

  protected async createClient(key: string): Promise<StripeSdk> {
    // Loaded on the first task, so a cold start that runs none never pays for the SDK.
    const { default: StripeClient } = await import("stripe");
    return createStripeClient(StripeClient, key, { ...this.options, timeoutMs: this.timeoutMs });
  }

  /**
   * The raw `stripe` client for the `apiKey` option, for calls outside a job run, as
   * `@trigger.dev/stripe`'s `native` was (undefined without `apiKey`). Built on first access
   * (loading the SDK then), with the same settings as the tasks' client; inside a run, prefer
   * `io.stripe.runTask(key, (stripe) => ...)`, which retries and redacts.
   */
  get native(): StripeSdk | undefined {
    const key = this.options.token;
    if (!key) return undefined;
    this.#native ??= createStripeClient(requireStripeSdk(), key, { ...this.options, timeoutMs: this.timeoutMs });
    return this.#native;
  }

  protected override describeFailure(error: unknown): ServiceFailure | undefined {
    return describeStripeFailure(error, { timeoutMs: this.timeoutMs });
  }

  /** Customers. */
  get customers(): Customers {
    return this.group(Customers);
  }
}
