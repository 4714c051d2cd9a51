import {
  kindOf,
  payloadProblem,
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
  read(delivery) {
    let body: unknown;
    try {
      body = JSON.parse(delivery.rawBody);
    } catch {
      return { refuse: "malformed-payload", problem: "the body is not JSON." };
    }
    const problem = payloadProblem("an OpenAI webhook event", body, {
      id: "string",
      type: "string",
      created_at: "number",
      data: "object",
    });
    if (problem) return { refuse: "malformed-payload", problem: `${problem}.` };
    if (kindOf((body as { data: unknown }).data) !== "object")
      return { refuse: "malformed-payload", problem: "no data." };
    return { event: body as OpenaiWebhookEvent };
  },
};
