import type { JsonValue } from "../json.js";
import type { SignatureScheme } from "./signature-scheme.js";
import { type WebhookHeaders, webhookHeader } from "./webhook-headers.js";
import type { WebhookRejectionReason } from "./webhook-rejection.js";

/**
 * What one service's webhook receiver is made of: how it signs, which method it sends, how a
 * verified delivery reads (an event, a handshake to answer, or malformed), and what to tell the
 * user to do about each refusal. `receiveWebhook` runs it; it is the only receiver there is.
 */
export interface WebhookReceiver<TEvent> {
  /** How the service signs deliveries. */
  readonly scheme: SignatureScheme;
  /** The only method the service sends (default `"POST"`): the signature does not cover it. */
  readonly method?: string;
  /** Reads a delivery whose signature, time and method were verified. */
  readonly read: (delivery: VerifiedDelivery) => WebhookReading<TEvent>;
  /** What to do about a refusal, in the user's terms; appended to the message (`"Set SLACK_SIGNING_SECRET ..."`). */
  readonly fixes?: Partial<Record<WebhookRejectionReason, string>>;
}

/** A delivery that passed verification, as {@link WebhookReceiver.read} gets it. */
export interface VerifiedDelivery {
  /** The body exactly as received. */
  readonly rawBody: string;
  readonly headers: WebhookHeaders;
  /** The signed time, in ms, when the scheme has one. */
  readonly timestamp?: number;
  /** The signed id, when the scheme has one. */
  readonly id?: string;
  /** One header, trimmed; undefined when absent or empty. */
  header(name: string): string | undefined;
}

/** What a verified delivery is: an event, a handshake to answer with `reply`, or a refusal with the problem. */
export type WebhookReading<TEvent> =
  | { readonly event: TEvent }
  | { readonly reply: JsonValue }
  | { readonly refuse: "missing-header" | "malformed-payload"; readonly problem: string };

/** The delivery `rawBody` and `headers` as a {@link VerifiedDelivery}. */
export function verifiedDelivery(
  rawBody: string,
  headers: WebhookHeaders,
  signed: { readonly timestamp?: number; readonly id?: string },
): VerifiedDelivery {
  return {
    rawBody,
    headers,
    ...signed,
    header: (name) => webhookHeader(headers, name)?.trim() || undefined,
  };
}
