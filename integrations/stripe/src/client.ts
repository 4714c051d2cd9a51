export * from "@acme/integration-kit/client";
export { STRIPE_API_VERSION } from "./stripe-api-version.js";
export { StripeClient, type StripeClientOptions } from "./stripe-client.js";
export {
  type ReceiveStripeWebhookOptions,
  receiveStripeWebhook,
  signStripePayload,
} from "./triggers/receive-stripe-webhook.js";
