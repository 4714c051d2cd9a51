import { type HttpEndpointRequest, receiveWebhook, type WebhookReceipt } from "@acme/integration-kit";
import type { OpenaiWebhookEvent } from "./openai-webhook-event-types.js";
import { OPENAI_WEBHOOK_SECRET_ENV, openaiWebhookReceiver } from "./openai-webhook-receiver.js";

/** Options of {@link receiveOpenaiWebhook}. */
export interface ReceiveOpenaiWebhookOptions {
  /** The endpoint's signing secret (`whsec_...`); `OPENAI_WEBHOOK_SECRET` when left out. Without one every request is refused. */
  readonly secret?: string | undefined;
  /** The `id` of your OpenAI integration, for messages (default `"openai"`). */
  readonly integrationId?: string;
  /** When a stored request was received (ms); leave it out for a live request. */
  readonly receivedAt?: number | undefined;
}

/**
 * Verifies and reads one OpenAI webhook request in any framework (a standard `Request`, or a
 * request as Trigger.dev stores it): the signature (constant time, any of the `v1` signatures
 * while a secret is rolled), the 5-minute replay window, then the event. Return
 * `receipt.response()` from your route; act on `receipt.event` when `receipt.ok`.
 */
export function receiveOpenaiWebhook(
  request: Request | HttpEndpointRequest,
  options: ReceiveOpenaiWebhookOptions = {},
): Promise<WebhookReceipt<OpenaiWebhookEvent>> {
  const secret = Object.hasOwn(options, "secret")
    ? options.secret
    : (globalThis as { process?: { env: Record<string, string | undefined> } }).process?.env[OPENAI_WEBHOOK_SECRET_ENV];
  return receiveWebhook(openaiWebhookReceiver, request, {
    secret,
    origin: { service: { name: "OpenAI" }, integrationId: options.integrationId ?? "openai" },
    where: "webhook endpoint",
    ...(Object.hasOwn(options, "receivedAt") ? { receivedAt: options.receivedAt } : {}),
  });
}
