import type { SignatureScheme } from "./signature-scheme.js";
import { verifyWebhookSignature, type WebhookVerification } from "./verify-webhook-signature.js";
import type { WebhookHeaders } from "./webhook-headers.js";
import type { WebhookRejectionReason } from "./webhook-rejection.js";

/** The outcome of {@link verifyHttpEndpointRequest}; the message never contains the secret. */
export type HttpEndpointVerification =
  | Extract<WebhookVerification, { ok: true }>
  | { readonly ok: false; readonly reason: WebhookRejectionReason; readonly message: string };

/** A request as it arrives or as Trigger.dev stored it for a run. */
export interface HttpEndpointRequest {
  readonly method: string;
  readonly headers: WebhookHeaders;
  /** The body exactly as received. */
  readonly rawBody: string | Uint8Array;
}

/** What {@link verifyHttpEndpointRequest} checks. */
export interface HttpEndpointRequestCheck {
  readonly request: HttpEndpointRequest;
  /** The shared secret; a missing or empty one rejects every request. */
  readonly secret: string | undefined;
  /**
   * When the request was received, in ms since the epoch: `Date.now()` for a live request, the
   * run's `ctx.event.timestamp` for a stored one. The replay window is judged at this time, so a
   * run re-executed hours later still passes, and a request that arrived stale never does.
   */
  readonly receivedAt: number | undefined;
  /** The only method the service sends (default `"POST"`). */
  readonly method?: string;
}

const reject = (scheme: SignatureScheme, reason: WebhookRejectionReason, detail: string): HttpEndpointVerification => ({
  ok: false,
  reason,
  message: `${scheme.service} webhook rejected (${reason}): ${detail}`,
});

/**
 * Checks a request to a webhook receiver: its method (a signature does not cover it, so a signed
 * body replayed as PUT or DELETE must not pass), its signature, and, for schemes that sign a
 * timestamp, that it was signed within the window of the time it was received.
 */
export async function verifyHttpEndpointRequest(
  scheme: SignatureScheme,
  check: HttpEndpointRequestCheck,
): Promise<HttpEndpointVerification> {
  const { request, secret, receivedAt, method = "POST" } = check;
  if (request.method.toUpperCase() !== method) {
    return reject(
      scheme,
      "method-not-allowed",
      `the request is a ${request.method}; ${scheme.service} sends only ${method}.`,
    );
  }
  if (receivedAt === undefined || !Number.isFinite(receivedAt)) {
    return reject(
      scheme,
      "missing-received-time",
      "the time the request was received is unknown, so its age cannot be checked (the run context has no event timestamp).",
    );
  }
  return verifyWebhookSignature(scheme, { ...request, secret, now: receivedAt });
}
