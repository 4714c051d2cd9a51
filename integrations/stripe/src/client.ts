export {
  type CatchErrorAnswer,
  type CatchErrorParams,
  catchServiceError,
  chainCatchError,
  ServiceError,
} from "@acme/integration-kit";
export { STRIPE_API_VERSION } from "./stripe-api-version.js";
export { StripeClient, type StripeClientOptions } from "./stripe-client.js";
export {
  type ReceiveStripeWebhookOptions,
  receiveStripeWebhook,
  signStripePayload,
} from "./triggers/receive-stripe-webhook.js";
