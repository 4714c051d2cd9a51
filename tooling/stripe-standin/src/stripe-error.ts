/** An answer as the stand-in sends it. */
export interface Answer {
  readonly status: number;
  readonly body: unknown;
  readonly headers?: Readonly<Record<string, string>>;
}

/** Stripe's error object (`{ error: { type, code, message, ... } }`). */
export interface StripeErrorFields {
  readonly type: string;
  readonly message: string;
  readonly code?: string;
  readonly decline_code?: string;
  readonly param?: string;
  readonly doc_url?: string;
  readonly charge?: string;
  readonly payment_intent?: unknown;
}

/** An error answer with Stripe's body; `doc_url` follows Stripe's pattern for its codes. */
export function errorAnswer(status: number, fields: StripeErrorFields, headers?: Record<string, string>): Answer {
  const doc_url =
    fields.doc_url ??
    (fields.code ? `https://stripe.com/docs/error-codes/${fields.code.replace(/_/g, "-")}` : undefined);
  return { status, body: { error: { ...fields, ...(doc_url ? { doc_url } : {}) } }, ...(headers ? { headers } : {}) };
}

/** `No such customer: 'cus_1'`: a 404 for an object the account does not hold. */
export function resourceMissing(type: string, id: string, param = "id"): Answer {
  return errorAnswer(404, {
    type: "invalid_request_error",
    code: "resource_missing",
    param,
    message: `No such ${type.replace(/[._]/g, " ")}: '${id}'`,
  });
}

/** A 400 for a request Stripe refuses before acting on it. */
export function invalidRequest(message: string, extra: Partial<StripeErrorFields> = {}): Answer {
  return errorAnswer(400, { type: "invalid_request_error", message, ...extra });
}
