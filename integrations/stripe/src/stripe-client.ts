import { type ClientSettings, type ServiceClientOptions, serviceClient } from "@acme/integration-kit";
import type StripeSdk from "stripe";
import { createStripeClient } from "./create-stripe-client.js";
import { describeStripeFailure } from "./describe-stripe-failure.js";
import { stripeService } from "./stripe-service.js";
import { Balance } from "./tasks/balance.js";
import { BalanceTransactions } from "./tasks/balance-transactions.js";
import { BillingPortalSessions } from "./tasks/billing-portal-sessions.js";
import { Charges } from "./tasks/charges.js";
import { CheckoutSessions } from "./tasks/checkout-sessions.js";
import { Coupons } from "./tasks/coupons.js";
import { Customers } from "./tasks/customers.js";
import { Events } from "./tasks/events.js";
import { InvoiceItems } from "./tasks/invoice-items.js";
import { Invoices } from "./tasks/invoices.js";
import { PaymentIntents } from "./tasks/payment-intents.js";
import { PaymentLinks } from "./tasks/payment-links.js";
import { PaymentMethods } from "./tasks/payment-methods.js";
import { Payouts } from "./tasks/payouts.js";
import { Prices } from "./tasks/prices.js";
import { Products } from "./tasks/products.js";
import { PromotionCodes } from "./tasks/promotion-codes.js";
import { Refunds } from "./tasks/refunds.js";
import { SetupIntents } from "./tasks/setup-intents.js";
import { SubscriptionItems } from "./tasks/subscription-items.js";
import { Subscriptions } from "./tasks/subscriptions.js";
import { WebhookEndpoints } from "./tasks/webhook-endpoints.js";

/** Options for {@link StripeClient}. */
export interface StripeClientOptions extends ServiceClientOptions {
  /** The connected account (`acct_...`) every call acts for (Stripe Connect); a call's own `stripeAccount` param wins. */
  stripeAccount?: string;
  /** The Stripe API version every request asks for (default `STRIPE_API_VERSION`). */
  apiVersion?: string;
  /** API root (default `https://api.stripe.com`): a local stand-in or a proxy; a path after the host is kept. */
  baseUrl?: string;
  /** The fetch requests go through (a proxy, instrumentation); the global one by default. */
  fetch?: typeof fetch;
}

/**
 * Stripe's tasks as plain awaited calls, for Trigger.dev v4 tasks or any Node code, with no
 * Trigger.dev SDK: `await stripe.charges.create(params, { idempotencyKey })`, or the flat alias
 * `stripe.createCharge(...)`. The same declarations as the v2 `Stripe`: pass `idempotencyKey` (for
 * example from v4's `ctx.run.id`) and a retried run gets Stripe's first answer instead of charging
 * again; without one, a create whose answer was lost is not retried. A failure throws a
 * `ServiceError` whose verdict `catchServiceError` answers v4 with. `await stripe.native()` is the
 * `stripe` client for anything no task covers.
 */
export const StripeClient = serviceClient({
  service: stripeService,
  createClient: async (
    key: string,
    { options, timeoutMs }: ClientSettings<StripeClientOptions>,
  ): Promise<StripeSdk> => {
    // Loaded on the first call, so importing the client loads no SDK.
    const { default: StripeSdkClass } = await import("stripe");
    return createStripeClient(StripeSdkClass, key, { ...options, timeoutMs });
  },
  describeFailure: (error: unknown) => describeStripeFailure(error, {}),
  groups: {
    /** Customers: create, read, update, delete, list, search, saved payment methods. */
    customers: Customers<"call">,
    /** Payments: create, confirm, capture, cancel, list, search. */
    paymentIntents: PaymentIntents<"call">,
    /** Saving payment methods for later: create, confirm, cancel, list. */
    setupIntents: SetupIntents<"call">,
    /** Payment methods: read, attach to a customer, detach, list. */
    paymentMethods: PaymentMethods<"call">,
    /** Charges: create, read, capture, list, search. */
    charges: Charges<"call">,
    /** Refunds: create, read, cancel, list. */
    refunds: Refunds<"call">,
    /** Checkout Sessions: create, read, expire, list, line items. */
    checkoutSessions: CheckoutSessions<"call">,
    /** Customer portal sessions. */
    billingPortalSessions: BillingPortalSessions<"call">,
    /** Payment links: create, read, update, list. */
    paymentLinks: PaymentLinks<"call">,
    /** Products: create, read, update, delete, list, search. */
    products: Products<"call">,
    /** Prices: create, read, update, list, search. */
    prices: Prices<"call">,
    /** Subscriptions: create, read, update, cancel, resume, list, search. */
    subscriptions: Subscriptions<"call">,
    /** Subscription items: add, change, remove, list. */
    subscriptionItems: SubscriptionItems<"call">,
    /** Invoices: create, read, update, finalize, pay, send, void, delete, list, search. */
    invoices: Invoices<"call">,
    /** Invoice items: add, delete, list. */
    invoiceItems: InvoiceItems<"call">,
    /** Coupons: create, read, delete, list. */
    coupons: Coupons<"call">,
    /** Promotion codes: create, read, update, list. */
    promotionCodes: PromotionCodes<"call">,
    /** The account's balance. */
    balance: Balance<"call">,
    /** Balance transactions: read, list. */
    balanceTransactions: BalanceTransactions<"call">,
    /** Payouts: create, read, cancel, list. */
    payouts: Payouts<"call">,
    /** Events: read, list. */
    events: Events<"call">,
    /** Webhook endpoints: create, read, update, delete, list. */
    webhookEndpoints: WebhookEndpoints<"call">,
  },
  // The flat names @trigger.dev/stripe gave these tasks, as the v2 class has them.
  aliases: {
    createCharge: "charges.create",
    createCustomer: "customers.create",
    updateCustomer: "customers.update",
    retrieveSubscription: "subscriptions.retrieve",
    createCheckoutSession: "checkoutSessions.create",
    createWebhook: "webhookEndpoints.create",
    updateWebhook: "webhookEndpoints.update",
    listWebhooks: "webhookEndpoints.list",
  },
});

/** A {@link StripeClient} instance. */
export type StripeClient = InstanceType<typeof StripeClient>;
