export { describeStripeFailure, type StripeFailureContext } from "./describe-stripe-failure.js";
export { Stripe } from "./stripe.js";
export { StripeAnswerError, StripeRequestError } from "./stripe-answer-error.js";
export { STRIPE_API_VERSION } from "./stripe-api-version.js";
export type { StripeOptions } from "./stripe-options.js";
export { Customers } from "./tasks/customers.js";
export type { ConnectParams, Plain, WithConnect, WithId } from "./tasks/stripe-call.js";
