import type { JsonValue } from "../json.js";
import type { WebhookRejectedError } from "./webhook-rejected-error.js";
import type { WebhookRejectionBody } from "./webhook-rejection.js";

/** The HTTP answer a receiver gives: the same body shapes for every service. */
export interface WebhookAnswer {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  /** `{ ok: true }` for an event, the handshake's reply, or `{ ok: false, error, message }` for a refusal. */
  readonly body: JsonValue;
}

/** What became of one request: an event to run, a handshake answered, or a refusal; each with its answer. */
export type WebhookReceipt<TEvent> =
  | {
      readonly ok: true;
      readonly kind: "event";
      /** The verified, parsed event. */
      readonly event: TEvent;
      readonly answer: WebhookAnswer;
      /** A fresh `Response` of {@link answer}, to return from a route handler. */
      response(): Response;
    }
  | {
      readonly ok: true;
      readonly kind: "reply";
      /** What the service's handshake is answered with (`{ challenge }` for Slack). */
      readonly reply: JsonValue;
      readonly answer: WebhookAnswer;
      response(): Response;
    }
  | {
      readonly ok: false;
      readonly kind: "rejected";
      /** Why, with `reason` and `status`; its message never contains the secret. */
      readonly error: WebhookRejectedError;
      readonly answer: WebhookAnswer;
      response(): Response;
    };

const answer = (status: number, body: JsonValue, headers: Record<string, string> = {}): WebhookAnswer => ({
  status,
  headers: { "content-type": "application/json", ...headers },
  body,
});

const withResponse = <T extends { answer: WebhookAnswer }>(receipt: T): T & { response(): Response } => ({
  ...receipt,
  response: () =>
    new Response(JSON.stringify(receipt.answer.body), {
      status: receipt.answer.status,
      headers: receipt.answer.headers,
    }),
});

/** A receipt for a verified event: `200 { ok: true }`. */
export function eventReceipt<TEvent>(event: TEvent): WebhookReceipt<TEvent> {
  return withResponse({ ok: true, kind: "event", event, answer: answer(200, { ok: true }) });
}

/** A receipt for a handshake: `200` with the reply. */
export function replyReceipt<TEvent>(reply: JsonValue): WebhookReceipt<TEvent> {
  return withResponse({ ok: true, kind: "reply", reply, answer: answer(200, reply) });
}

/** A receipt for a refusal: its status from the one table, `{ ok: false, error, message }`, `Allow` for a 405. */
export function rejectedReceipt<TEvent>(error: WebhookRejectedError, allow: string): WebhookReceipt<TEvent> {
  const body: WebhookRejectionBody = { ok: false, error: error.reason, message: error.message };
  const headers: Record<string, string> = error.reason === "method-not-allowed" ? { allow } : {};
  return withResponse({ ok: false, kind: "rejected", error, answer: answer(error.status, { ...body }, headers) });
}
