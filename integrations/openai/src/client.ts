export * from "@acme/integration-kit/client";
export { OpenaiClient, type OpenaiClientOptions } from "./openai-client.js";
export type {
  OpenaiWebhookEvent,
  OpenaiWebhookEventOf,
  OpenaiWebhookEventType,
} from "./webhooks/openai-webhook-event-types.js";
export { OPENAI_WEBHOOK_SECRET_ENV } from "./webhooks/openai-webhook-receiver.js";
export { type ReceiveOpenaiWebhookOptions, receiveOpenaiWebhook } from "./webhooks/receive-openai-webhook.js";
