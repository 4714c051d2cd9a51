import {
  readJsonEvent,
  type SignatureScheme,
  standardWebhooksSignatureScheme,
  type WebhookReceiver,
} from "@acme/integration-kit";
import type { OpenaiWebhookEvent } from "./openai-webhook-event-types.js";

/** The environment variable the webhook signing secret (`whsec_...`) is read from when none is passed. */
export const OPENAI_WEBHOOK_SECRET_ENV = "OPENAI_WEBHOOK_SECRET";

/** OpenAI signs webhooks with Standard Webhooks: `webhook-id`, `webhook-timestamp`, `webhook-signature: v1,<base64>`. */
export const openaiWebhookScheme: SignatureScheme = { ...standardWebhooksSignatureScheme, service: "OpenAI" };

/** OpenAI's webhooks: Standard Webhooks signatures, and an event with `id`, `type`, `created_at` and `data`. */
export const openaiWebhookReceiver: WebhookReceiver<OpenaiWebhookEvent> = {
  scheme: openaiWebhookScheme,
  fixes: {
    "no-secret-configured": `Set ${OPENAI_WEBHOOK_SECRET_ENV} to the endpoint's signing secret (whsec_...) from OpenAI's webhook settings, or pass \`secret\`.`,
    "signature-mismatch": "Check that the secret is this endpoint's: each OpenAI webhook endpoint has its own.",
  },
  read: (delivery) =>
    readJsonEvent<OpenaiWebhookEvent>(delivery.rawBody, "an OpenAI webhook event", {
      id: "string",
      type: "string",
      created_at: "number",
      data: "object",
    }),
};
