import type Stripe from "stripe";

/** Any Stripe event type (`"invoice.paid"`), as the `stripe` SDK's types list them. */
export type StripeEventType = Stripe.Event["type"];

/** The object each Stripe event type carries, by type. */
type EventObjects = { [E in Stripe.Event as E["type"]]: E["data"]["object"] };

/** The object a Stripe event of type `T` carries (`event.data.object`): a job's payload. */
export type StripeEventObject<T extends StripeEventType> = EventObjects[T];

/**
 * The `on*` triggers of `@trigger.dev/stripe` 2.3.19, by method name, with the event types each runs
 * for. A method with several takes `{ events }` to run for some of them. Two of theirs were wrong
 * and are right here: `onInvoice` ran for payout events, and `onCustomer` refused customer events.
 */
export const STRIPE_TRIGGERS = {
  onPrice: ["price.created", "price.updated", "price.deleted"],
  onPriceCreated: ["price.created"],
  onPriceUpdated: ["price.updated"],
  onPriceDeleted: ["price.deleted"],
  onProduct: ["product.created", "product.updated", "product.deleted"],
  onProductCreated: ["product.created"],
  onProductUpdated: ["product.updated"],
  onProductDeleted: ["product.deleted"],
  onCheckoutSession: [
    "checkout.session.completed",
    "checkout.session.async_payment_succeeded",
    "checkout.session.async_payment_failed",
    "checkout.session.expired",
  ],
  onCheckoutSessionCompleted: ["checkout.session.completed"],
  onCheckoutSessionExpired: ["checkout.session.expired"],
  onCustomerSubscription: [
    "customer.subscription.created",
    "customer.subscription.deleted",
    "customer.subscription.updated",
    "customer.subscription.paused",
    "customer.subscription.pending_update_applied",
    "customer.subscription.pending_update_expired",
    "customer.subscription.resumed",
    "customer.subscription.trial_will_end",
  ],
  onCustomerSubscriptionCreated: ["customer.subscription.created"],
  onCustomerSubscriptionPaused: ["customer.subscription.paused"],
  onCustomerSubscriptionResumed: ["customer.subscription.resumed"],
  onCustomerSubscriptionUpdated: ["customer.subscription.updated"],
  onCustomerSubscriptionDeleted: ["customer.subscription.deleted"],
  onAccountUpdated: ["account.updated"],
  onCustomer: ["customer.created", "customer.deleted", "customer.updated"],
  onCustomerCreated: ["customer.created"],
  onCustomerDeleted: ["customer.deleted"],
  onCustomerUpdated: ["customer.updated"],
  onCharge: [
    "charge.captured",
    "charge.expired",
    "charge.failed",
    "charge.pending",
    "charge.refunded",
    "charge.succeeded",
    "charge.updated",
  ],
  onChargeCaptured: ["charge.captured"],
  onChargeExpired: ["charge.expired"],
  onChargeFailed: ["charge.failed"],
  onChargePending: ["charge.pending"],
  onChargeRefunded: ["charge.refunded"],
  onChargeSucceeded: ["charge.succeeded"],
  onChargeUpdated: ["charge.updated"],
  onExternalAccount: [
    "account.external_account.created",
    "account.external_account.deleted",
    "account.external_account.updated",
  ],
  onExternalAccountCreated: ["account.external_account.created"],
  onExternalAccountDeleted: ["account.external_account.deleted"],
  onExternalAccountUpdated: ["account.external_account.updated"],
  onPerson: ["person.created", "person.deleted", "person.updated"],
  onPersonCreated: ["person.created"],
  onPersonDeleted: ["person.deleted"],
  onPersonUpdated: ["person.updated"],
  onPaymentIntent: [
    "payment_intent.created",
    "payment_intent.succeeded",
    "payment_intent.canceled",
    "payment_intent.processing",
    "payment_intent.requires_action",
    "payment_intent.amount_capturable_updated",
    "payment_intent.payment_failed",
    "payment_intent.partially_funded",
  ],
  onPaymentIntentCreated: ["payment_intent.created"],
  onPaymentIntentSucceeded: ["payment_intent.succeeded"],
  onPaymentIntentCancelled: ["payment_intent.canceled"],
  onPaymentIntentProcessing: ["payment_intent.processing"],
  onPaymentIntentRequiresAction: ["payment_intent.requires_action"],
  onPaymentIntentAmountCapturableUpdated: ["payment_intent.amount_capturable_updated"],
  onPaymentIntentPaymentFailed: ["payment_intent.payment_failed"],
  onPaymentIntentPartiallyFunded: ["payment_intent.partially_funded"],
  onPayout: [
    "payout.canceled",
    "payout.created",
    "payout.failed",
    "payout.paid",
    "payout.reconciliation_completed",
    "payout.updated",
  ],
  onPayoutCreated: ["payout.created"],
  onPayoutUpdated: ["payout.updated"],
  onPayoutCanceled: ["payout.canceled"],
  onPayoutFailed: ["payout.failed"],
  onPayoutPaid: ["payout.paid"],
  onPayoutReconciliationCompleted: ["payout.reconciliation_completed"],
  onInvoice: [
    "invoice.created",
    "invoice.finalized",
    "invoice.finalization_failed",
    "invoice.deleted",
    "invoice.marked_uncollectible",
    "invoice.paid",
    "invoice.payment_action_required",
    "invoice.payment_failed",
    "invoice.payment_succeeded",
    "invoice.sent",
    "invoice.upcoming",
    "invoice.voided",
  ],
  onInvoiceCreated: ["invoice.created"],
  onInvoiceFinalized: ["invoice.finalized"],
  onInvoiceFinalizationFailed: ["invoice.finalization_failed"],
  onInvoiceMarkedUncollectible: ["invoice.marked_uncollectible"],
  onInvoicePaid: ["invoice.paid"],
  onInvoicePaymentActionRequired: ["invoice.payment_action_required"],
  onInvoicePaymentFailed: ["invoice.payment_failed"],
  onInvoicePaymentSucceeded: ["invoice.payment_succeeded"],
  onInvoiceSent: ["invoice.sent"],
  onInvoiceUpcoming: ["invoice.upcoming"],
  onInvoiceUpdated: ["invoice.updated"],
  onInvoiceVoided: ["invoice.voided"],
  onInvoiceItemCreated: ["invoiceitem.created"],
  onInvoiceItemDeleted: ["invoiceitem.deleted"],
} as const satisfies Record<string, readonly StripeEventType[]>;

/** The name of a `@trigger.dev/stripe` trigger method (`"onInvoicePaid"`). */
export type StripeTriggerName = keyof typeof STRIPE_TRIGGERS;

/** Triggers `@trigger.dev/stripe` registered on Connect endpoints by default. */
export const CONNECT_BY_DEFAULT: ReadonlySet<StripeTriggerName> = new Set(["onAccountUpdated"]);
