/** What a credential is replaced with wherever it would otherwise appear. */
export const REDACTED = "[REDACTED]";

/** Secrets shorter than this are not searched for: they would blank out ordinary text. */
const MIN_SECRET_LENGTH = 4;
const MAX_DEPTH = 4;

/** `text` with every occurrence of each secret replaced by {@link REDACTED}. */
export function redactText(text: string, secrets: readonly string[]): string {
  let result = text;
  for (const secret of secrets) {
    if (secret.length >= MIN_SECRET_LENGTH && result.includes(secret)) result = result.split(secret).join(REDACTED);
  }
  return result;
}

/** Replaces secrets in strings, walking objects and arrays up to MAX_DEPTH levels below `depth`. */
function scrub(value: unknown, secrets: readonly string[], depth: number, seen: Set<object>): unknown {
  if (typeof value === "string") return redactText(value, secrets);
  if (!value || typeof value !== "object" || depth > MAX_DEPTH || seen.has(value)) return value;
  seen.add(value);
  // fetch's Headers keep their entries out of reach of property writes: rebuild them.
  if (typeof Headers !== "undefined" && value instanceof Headers) {
    return new Headers([...value].map(([name, text]) => [name, redactText(text, secrets)]));
  }
  for (const key of Object.keys(value)) {
    const record = value as Record<string, unknown>;
    const before = record[key];
    const after = scrub(before, secrets, depth + 1, seen);
    if (after !== before) {
      try {
        record[key] = after;
      } catch {
        // A frozen or read-only property keeps its value; the message and stack are what get shown.
      }
    }
  }
  return value;
}

function trySet(target: object, key: string, value: unknown): void {
  try {
    if ((target as Record<string, unknown>)[key] !== value) (target as Record<string, unknown>)[key] = value;
  } catch {
    // Read-only: left as it is.
  }
}

/**
 * Removes secrets from an error before it leaves the task: its message, stack, cause and the
 * enumerable fields vendor SDKs attach (request, response, data). Mutates and returns the error.
 */
export function redactError<T>(error: T, secrets: readonly string[]): T {
  if (!(error instanceof Error)) return scrub(error, secrets, 0, new Set()) as T;
  // Some errors (DOMException) expose read-only message or stack: scrub what can be written.
  trySet(error, "message", redactText(error.message, secrets));
  if (error.stack) trySet(error, "stack", redactText(error.stack, secrets));
  if (error.cause !== undefined) trySet(error, "cause", redactError(error.cause, secrets));
  scrub(error, secrets, 0, new Set());
  return error;
}

/**
 * A task's output with secrets removed. Services sometimes echo what they were sent; checking the
 * serialised form first keeps the common case (nothing to remove) to one pass.
 */
export function redactOutput<T>(output: T, secrets: readonly string[]): T {
  if (output === undefined || output === null) return output;
  const serialised = typeof output === "string" ? output : JSON.stringify(output);
  if (!secrets.some((secret) => secret.length >= MIN_SECRET_LENGTH && serialised?.includes(secret))) return output;
  return scrub(output, secrets, Number.NEGATIVE_INFINITY, new Set()) as T;
}
