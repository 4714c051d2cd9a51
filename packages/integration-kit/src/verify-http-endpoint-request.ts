import {
  type HmacSignatureScheme,
  verifyWebhookSignature,
  type WebhookHeaders,
  type WebhookRejection,
  webhookHeader,
} from "./webhook-signature.js";

/** Why a request to an HTTP endpoint was refused: a signature failure, a method the service never sends, or no receipt time. */
export type HttpEndpointRejection = WebhookRejection | "method-not-allowed" | "missing-received-time";

/** The outcome of {@link verifyHttpEndpointRequest}; the message never contains the secret. */
export type HttpEndpointVerification =
  | { readonly ok: true }
  | { readonly ok: false; readonly reason: HttpEndpointRejection; readonly message: string };

/** A request to an HTTP endpoint, as it arrives or as Trigger.dev stored it for a run. */
export interface HttpEndpointRequest {
  readonly method: string;
  readonly headers: WebhookHeaders;
  /** The body exactly as received. */
  readonly rawBody: string;
}

/** What {@link verifyHttpEndpointRequest} checks. */
export interface HttpEndpointRequestCheck {
  readonly request: HttpEndpointRequest;
  /** The shared secret; a missing or empty one rejects every request. */
  readonly secret: string | undefined;
  /**
   * When the request reached Trigger.dev, in ms since the epoch: `Date.now()` for a live request,
   * the run's `ctx.event.timestamp` for a stored one. The replay window is judged at this time, so
   * a run re-executed hours later still passes, and a request that arrived stale never does.
   */
  readonly receivedAt: number | undefined;
  /** The only method the service sends (default `"POST"`). */
  readonly method?: string;
}

const reject = (
  scheme: HmacSignatureScheme,
  reason: HttpEndpointRejection,
  detail: string,
): HttpEndpointVerification => ({
  ok: false,
  reason,
  message: `${scheme.service} webhook rejected (${reason}): ${detail}`,
});

/**
 * Checks a request to a Trigger.dev HTTP endpoint: its method (a signature does not cover it, so a
 * signed body replayed as PUT or DELETE must not pass), its signature, and, for schemes that sign a
 * timestamp, that it was signed within the window of the time it was received.
 */
export async function verifyHttpEndpointRequest(
  scheme: HmacSignatureScheme,
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
  const result = await verifyWebhookSignature(scheme, { ...request, secret, now: receivedAt });
  if (result.ok || result.reason !== "stale-timestamp" || !scheme.timestamp) return result;
  const signedAt = Number(webhookHeader(request.headers, scheme.timestamp.header)) * 1000;
  return reject(
    scheme,
    "stale-timestamp",
    `the request was signed at ${new Date(signedAt).toISOString()} but received at ${new Date(receivedAt).toISOString()}, ` +
      `more than ${scheme.timestamp.toleranceSeconds} s apart; replays are refused.`,
  );
}
