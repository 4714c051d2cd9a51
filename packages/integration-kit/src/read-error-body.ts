/** What a JSON error body says: the service's message and its own error code, when it names them. */
export interface ErrorBodyReading {
  /** The service's own words (`"Not Found"`, `"The title field is required"`). */
  readonly message?: string;
  /** The service's machine-readable code (`"not_found"`, `"validation_error"`). */
  readonly code?: string;
}

const MESSAGE_FIELDS = ["message", "error_description", "detail", "title", "description", "error_message"];
const CODE_FIELDS = ["code", "name", "type", "error_code", "error"];

/** A code is one word (`not_found`, `invalid-request`, `RATE_LIMITED`), not a sentence. */
const CODE_LIKE = /^[A-Za-z][\w.-]{0,63}$/;

function text(value: unknown): string | undefined {
  return typeof value === "string" && value.trim() !== "" ? value.trim() : undefined;
}

/**
 * Reads the error bodies APIs commonly answer: `{ message, code }`, `{ name, message }` (Resend),
 * `{ error: "not_found" }`, `{ error: { message, type, code } }` (Stripe, OpenAI), OAuth's
 * `{ error, error_description }`, JSON:API's and GraphQL's `{ errors: [{ detail | message }] }`.
 */
export function readErrorBody(body: unknown): ErrorBodyReading {
  if (!body || typeof body !== "object" || Array.isArray(body)) return {};
  const record = body as Record<string, unknown>;
  const nested = record.error && typeof record.error === "object" ? readErrorBody(record.error) : {};
  const listed = Array.isArray(record.errors) ? readErrorBody(record.errors[0]) : {};
  const error = text(record.error);
  let message = MESSAGE_FIELDS.map((field) => text(record[field])).find(Boolean) ?? nested.message ?? listed.message;
  // A sentence in `error` is the message; a single word is the code.
  if (!message && error && !CODE_LIKE.test(error)) message = error;
  const code =
    CODE_FIELDS.map((field) => text(record[field]))
      .filter((value) => value !== undefined && CODE_LIKE.test(value) && value !== "Error")
      .find((value) => value !== message) ??
    nested.code ??
    listed.code;
  return { ...(message ? { message } : {}), ...(code ? { code } : {}) };
}
