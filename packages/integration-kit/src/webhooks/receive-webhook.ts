import type { ErrorOrigin } from "../errors.js";
import { type HttpEndpointRequest, verifyHttpEndpointRequest } from "./verify-http-endpoint-request.js";
import { eventReceipt, rejectedReceipt, replyReceipt, type WebhookReceipt } from "./webhook-receipt.js";
import { verifiedDelivery, type WebhookReceiver } from "./webhook-receiver.js";
import { WebhookRejectedError } from "./webhook-rejected-error.js";
import type { WebhookRejectionReason } from "./webhook-rejection.js";

/** Options of {@link receiveWebhook} and {@link checkWebhookRequest}. */
export interface ReceiveWebhookOptions {
  /** The signing secret; a missing or empty one refuses every request (`500`). */
  readonly secret: string | undefined;
  /** Service and integration, for messages. */
  readonly origin: ErrorOrigin;
  /** Which receiver of the integration this is (`HTTP endpoint "slack-events"`), for messages. */
  readonly where?: string;
  /**
   * When the request was received, in ms: leave it out for a live request (now). A stored request
   * passes the time it reached Trigger.dev; passing `undefined` (unknown) refuses it.
   */
  readonly receivedAt?: number | undefined;
}

/** The outcome of {@link checkWebhookRequest}: verified (with the signed time and id), or the refusal. */
export type WebhookCheck =
  | { readonly ok: true; readonly timestamp?: number; readonly id?: string }
  | {
      readonly ok: false;
      readonly reason: WebhookRejectionReason;
      readonly status: number;
      /** Names the integration (and receiver), then what was wrong and what to do. */
      readonly message: string;
      readonly error: WebhookRejectedError;
    };

async function asEndpointRequest(
  request: Request | HttpEndpointRequest,
): Promise<HttpEndpointRequest & { rawBody: string }> {
  if (typeof Request !== "undefined" && request instanceof Request) {
    const rawBody = request.method === "GET" || request.method === "HEAD" ? "" : await request.text();
    return { method: request.method, headers: request.headers, rawBody };
  }
  const stored = request as HttpEndpointRequest;
  const rawBody = typeof stored.rawBody === "string" ? stored.rawBody : new TextDecoder().decode(stored.rawBody);
  return { ...stored, rawBody };
}

function refusal<TEvent>(
  receiver: WebhookReceiver<TEvent>,
  options: ReceiveWebhookOptions,
  reason: WebhookRejectionReason,
  message: string,
): WebhookRejectedError {
  const fix = receiver.fixes?.[reason];
  return new WebhookRejectedError(options.origin, {
    reason,
    message: fix ? `${message} ${fix}` : message,
    ...(options.where ? { where: options.where } : {}),
  });
}

const failed = (error: WebhookRejectedError): WebhookCheck => ({
  ok: false,
  reason: error.reason,
  status: error.status,
  message: error.message,
  error,
});

/**
 * Verifies a request without reading what it says: its method, its receipt time and its signature
 * (with the replay window judged at `receivedAt`). For checks before a stored request runs a job.
 */
export async function checkWebhookRequest<TEvent>(
  receiver: WebhookReceiver<TEvent>,
  request: Request | HttpEndpointRequest,
  options: ReceiveWebhookOptions,
): Promise<WebhookCheck> {
  const live = !Object.hasOwn(options, "receivedAt");
  const verification = await verifyHttpEndpointRequest(receiver.scheme, {
    request: await asEndpointRequest(request),
    secret: options.secret,
    receivedAt: live ? Date.now() : options.receivedAt,
    method: receiver.method ?? "POST",
  });
  return verification.ok ? verification : failed(refusal(receiver, options, verification.reason, verification.message));
}

/**
 * Turns a request into an event, a handshake reply or a refusal, for any service: method, then
 * receipt time, then signature (every delivery refused when no secret is set), then the service's
 * `read`. Every outcome carries the HTTP answer the sender gets (`receipt.response()`), with one
 * status table and one body shape for every service; a refusal never echoes the secret. Takes a
 * standard `Request` (read once) or a request as Trigger.dev stores it.
 */
export async function receiveWebhook<TEvent>(
  receiver: WebhookReceiver<TEvent>,
  request: Request | HttpEndpointRequest,
  options: ReceiveWebhookOptions,
): Promise<WebhookReceipt<TEvent>> {
  const allow = receiver.method ?? "POST";
  const received = await asEndpointRequest(request);
  const check = await checkWebhookRequest(receiver, received, options);
  if (!check.ok) return rejectedReceipt(check.error, allow);
  const reading = receiver.read(verifiedDelivery(received.rawBody, received.headers, check));
  if ("event" in reading) return eventReceipt(reading.event);
  if ("reply" in reading) return replyReceipt(reading.reply);
  const message = `${receiver.scheme.service} webhook rejected (${reading.refuse}): ${reading.problem}`;
  return rejectedReceipt(refusal(receiver, options, reading.refuse, message), allow);
}
