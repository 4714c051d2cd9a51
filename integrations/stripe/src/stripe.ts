import type { IntegrationTaskKey } from "@acme/integration-kit";
import {
  Integration,
  type ListOptions,
  requireV2JobApi,
  type ServiceFailure,
  type ServiceInfo,
} from "@acme/integration-kit";
import type StripeSdk from "stripe";
import { createStripeClient } from "./create-stripe-client.js";
import { describeStripeFailure } from "./describe-stripe-failure.js";
import { requireStripeSdk } from "./require-stripe-sdk.js";
import { withKeyAsToken } from "./stripe-credential-options.js";
import type { StripeOptions } from "./stripe-options.js";
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
import type { StripeEventType } from "./triggers/stripe-trigger-catalog.js";
import {
  type StripeTrigger,
  type StripeTriggerMethods,
  type StripeTriggerParams,
  stripeTrigger,
  stripeTriggerMethods,
} from "./triggers/stripe-triggers.js";
import { createStripeWebhookSource, type StripeWebhookSource } from "./triggers/stripe-webhook-source.js";

/** The parameters of one task method, for the flat aliases. */
type ParamsOf<F> = F extends (key: IntegrationTaskKey, params: infer P, ...rest: never[]) => unknown ? P : never;

/** The 69 `on*` triggers of `@trigger.dev/stripe`, defined from one table on the prototype below the class. */
export interface Stripe extends StripeTriggerMethods {}

/** Stripe for Trigger.dev jobs: pass it in `integrations` and call it as `io.stripe` inside `run`. */
// biome-ignore lint/suspicious/noUnsafeDeclarationMerging: the interface's methods are defined on the prototype below.
export class Stripe extends Integration<StripeSdk, StripeOptions> {
  /** What the kit needs to know about Stripe. */
  static readonly service: ServiceInfo = stripeService;

  #native: StripeSdk | undefined;
  #source: StripeWebhookSource | undefined;

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

  /** Customers: create, read, update, delete, list, search, saved payment methods. */
  get customers(): Customers {
    return this.group(Customers);
  }

  /** Payments: create, confirm, capture, cancel, list, search. */
  get paymentIntents(): PaymentIntents {
    return this.group(PaymentIntents);
  }

  /** Saving payment methods for later: create, confirm, cancel, list. */
  get setupIntents(): SetupIntents {
    return this.group(SetupIntents);
  }

  /** Payment methods: read, attach to a customer, detach, list. */
  get paymentMethods(): PaymentMethods {
    return this.group(PaymentMethods);
  }

  /** Charges: create, read, capture, list, search. */
  get charges(): Charges {
    return this.group(Charges);
  }

  /** Refunds: create, read, cancel, list. */
  get refunds(): Refunds {
    return this.group(Refunds);
  }

  /** Checkout Sessions (also `checkout.sessions`): create, read, expire, list, line items. */
  get checkoutSessions(): CheckoutSessions {
    return this.group(CheckoutSessions);
  }

  /** Customer portal sessions (also `billingPortal.sessions`). */
  get billingPortalSessions(): BillingPortalSessions {
    return this.group(BillingPortalSessions);
  }

  /** Payment links: create, read, update, list. */
  get paymentLinks(): PaymentLinks {
    return this.group(PaymentLinks);
  }

  /** Products: create, read, update, delete, list, search. */
  get products(): Products {
    return this.group(Products);
  }

  /** Prices: create, read, update, list, search. */
  get prices(): Prices {
    return this.group(Prices);
  }

  /** Subscriptions: create, read, update, cancel, resume, list, search. */
  get subscriptions(): Subscriptions {
    return this.group(Subscriptions);
  }

  /** Subscription items: add, change, remove, list. */
  get subscriptionItems(): SubscriptionItems {
    return this.group(SubscriptionItems);
  }

  /** Invoices: create, read, update, finalize, pay, send, void, delete, list, search. */
  get invoices(): Invoices {
    return this.group(Invoices);
  }

  /** Invoice items: add, delete, list. */
  get invoiceItems(): InvoiceItems {
    return this.group(InvoiceItems);
  }

  /** Coupons: create, read, delete, list. */
  get coupons(): Coupons {
    return this.group(Coupons);
  }

  /** Promotion codes: create, read, update, list. */
  get promotionCodes(): PromotionCodes {
    return this.group(PromotionCodes);
  }

  /** The account's balance. */
  get balance(): Balance {
    return this.group(Balance);
  }

  /** Balance transactions: read, list. */
  get balanceTransactions(): BalanceTransactions {
    return this.group(BalanceTransactions);
  }

  /** Payouts: create, read, cancel, list. */
  get payouts(): Payouts {
    return this.group(Payouts);
  }

  /** Events: read, list. */
  get events(): Events {
    return this.group(Events);
  }

  /** Webhook endpoints: create, read, update, delete, list. */
  get webhookEndpoints(): WebhookEndpoints {
    return this.group(WebhookEndpoints);
  }

  /**
   * The webhook source the triggers register through (one Stripe endpoint for the platform's
   * events, one for connected accounts'), as `@trigger.dev/stripe` had it. It needs the v2 job API
   * (`@trigger.dev/sdk` 2.x or 3.x): beside SDK 4 or none, it throws a `V2JobApiRequiredError`
   * pointing to `receiveStripeWebhook`.
   */
  get source(): StripeWebhookSource {
    requireV2JobApi(
      { service: Stripe.service, integrationId: this.id },
      "the Stripe triggers (on*) and stripe.source",
      "receiveStripeWebhook(request, { secret }) from @acme/stripe",
    );
    this.#source ??= createStripeWebhookSource(this);
    return this.#source;
  }

  /**
   * A job trigger on any Stripe event types (`stripe.on("invoice.paid")`,
   * `stripe.on(["charge.refunded", "charge.dispute.created"])`): the payload is the event's object,
   * typed by the `stripe` SDK.
   */
  on<T extends StripeEventType>(events: T | readonly T[], params?: StripeTriggerParams): StripeTrigger<T> {
    const list: readonly T[] = typeof events === "string" ? [events] : events;
    return stripeTrigger({
      source: this.source,
      integrationId: this.id,
      events: list,
      title: `On ${list.join(", ")}`,
      params,
    });
  }

  /** `checkout.sessions`, as `@trigger.dev/stripe` and the SDK nest it. */
  get checkout(): { readonly sessions: CheckoutSessions } {
    return { sessions: this.checkoutSessions };
  }

  /** `billingPortal.sessions`, as the SDK nests it. */
  get billingPortal(): { readonly sessions: BillingPortalSessions } {
    return { sessions: this.billingPortalSessions };
  }

  // Flat aliases, with the names @trigger.dev/stripe gave them.
  /** Alias of `charges.create`. */
  createCharge(key: IntegrationTaskKey, params: ParamsOf<Charges["create"]>): ReturnType<Charges["create"]> {
    return this.charges.create(key, params);
  }
  /** Alias of `customers.create`. */
  createCustomer(key: IntegrationTaskKey, params: ParamsOf<Customers["create"]>): ReturnType<Customers["create"]> {
    return this.customers.create(key, params);
  }
  /** Alias of `customers.update`. */
  updateCustomer(key: IntegrationTaskKey, params: ParamsOf<Customers["update"]>): ReturnType<Customers["update"]> {
    return this.customers.update(key, params);
  }
  /** Alias of `subscriptions.retrieve`. */
  retrieveSubscription(
    key: IntegrationTaskKey,
    params: ParamsOf<Subscriptions["retrieve"]>,
  ): ReturnType<Subscriptions["retrieve"]> {
    return this.subscriptions.retrieve(key, params);
  }
  /** Alias of `checkoutSessions.create`. */
  createCheckoutSession(
    key: IntegrationTaskKey,
    params: ParamsOf<CheckoutSessions["create"]>,
  ): ReturnType<CheckoutSessions["create"]> {
    return this.checkoutSessions.create(key, params);
  }
  /** Alias of `webhookEndpoints.create`. */
  createWebhook(
    key: IntegrationTaskKey,
    params: ParamsOf<WebhookEndpoints["create"]>,
  ): ReturnType<WebhookEndpoints["create"]> {
    return this.webhookEndpoints.create(key, params);
  }
  /** Alias of `webhookEndpoints.update`. */
  updateWebhook(
    key: IntegrationTaskKey,
    params: ParamsOf<WebhookEndpoints["update"]>,
  ): ReturnType<WebhookEndpoints["update"]> {
    return this.webhookEndpoints.update(key, params);
  }
  /** Alias of `webhookEndpoints.list`. */
  listWebhooks(
    key: IntegrationTaskKey,
    params?: ParamsOf<WebhookEndpoints["list"]>,
    options?: ListOptions,
  ): ReturnType<WebhookEndpoints["list"]> {
    return this.webhookEndpoints.list(key, params, options);
  }
}

Object.defineProperties(
  Stripe.prototype,
  stripeTriggerMethods((self) => {
    const stripe = self as Stripe;
    return { source: stripe.source, integrationId: stripe.id };
  }),
);
