export { describeStripeFailure, type StripeFailureContext } from "./describe-stripe-failure.js";
export { Stripe } from "./stripe.js";
export { StripeAnswerError, StripeRequestError } from "./stripe-answer-error.js";
export { STRIPE_API_VERSION } from "./stripe-api-version.js";
export type { StripeOptions } from "./stripe-options.js";
export { Balance } from "./tasks/balance.js";
export { BalanceTransactions } from "./tasks/balance-transactions.js";
export { BillingPortalSessions } from "./tasks/billing-portal-sessions.js";
export { Charges } from "./tasks/charges.js";
export { CheckoutSessions } from "./tasks/checkout-sessions.js";
export { Coupons } from "./tasks/coupons.js";
export { Customers } from "./tasks/customers.js";
export { Events } from "./tasks/events.js";
export { InvoiceItems } from "./tasks/invoice-items.js";
export { Invoices } from "./tasks/invoices.js";
export { PaymentIntents } from "./tasks/payment-intents.js";
export { PaymentLinks } from "./tasks/payment-links.js";
export { PaymentMethods } from "./tasks/payment-methods.js";
export { Payouts } from "./tasks/payouts.js";
export { Prices } from "./tasks/prices.js";
export { Products } from "./tasks/products.js";
export { PromotionCodes } from "./tasks/promotion-codes.js";
export { Refunds } from "./tasks/refunds.js";
export { SetupIntents } from "./tasks/setup-intents.js";
export {
  type ConnectParams,
  type Plain,
  stripeIdempotencyKey,
  type WithConnect,
  type WithId,
} from "./tasks/stripe-call.js";
export { SubscriptionItems } from "./tasks/subscription-items.js";
export { Subscriptions } from "./tasks/subscriptions.js";
export { WebhookEndpoints } from "./tasks/webhook-endpoints.js";
export {
  type ReceiveStripeWebhookOptions,
  receiveStripeWebhook,
  signStripePayload,
} from "./triggers/receive-stripe-webhook.js";
export {
  type RegisteredStripeWebhook,
  type RegisterStripeWebhookEvent,
  SOURCE_METADATA_KEY,
} from "./triggers/register-stripe-webhook.js";
export {
  STRIPE_TRIGGERS,
  type StripeEventObject,
  type StripeEventType,
  type StripeTriggerName,
} from "./triggers/stripe-trigger-catalog.js";
export {
  type StripeEventSpecification,
  type StripeTrigger,
  type StripeTriggerMethods,
  type StripeTriggerParams,
  stripeEventSpecification,
} from "./triggers/stripe-triggers.js";
export {
  STRIPE_WEBHOOK_SECRET_ENV,
  stripeSourceReceiver,
  stripeWebhookReceiver,
} from "./triggers/stripe-webhook-receiver.js";
export type { StripeSourceParams, StripeWebhookSource } from "./triggers/stripe-webhook-source.js";
