import { credentialForms } from "./credential-forms.js";

/** What a credential is replaced with wherever it would otherwise appear. */
export const REDACTED = "[REDACTED]";

/** The forms of every secret, longest first so that a form inside another is not cut first. */
function formsOf(secrets: readonly string[]): readonly string[] {
  if (secrets.length === 1) return credentialForms(secrets[0] as string);
  return secrets.flatMap((secret) => credentialForms(secret)).sort((a, b) => b.length - a.length);
}

function replaceForms(text: string, forms: readonly string[]): string {
  let result = text;
  for (const form of forms) if (result.includes(form)) result = result.replaceAll(form, REDACTED);
  return result;
}

/**
 * `text` with every occurrence of each secret replaced by {@link REDACTED}, in any of the forms
 * credentials travel in: raw, URL-encoded, JSON-escaped, base64 or base64url (alone or inside a
 * `Basic` pair).
 */
export function redactText(text: string, secrets: readonly string[]): string {
  return replaceForms(text, formsOf(secrets));
}

/** Own properties an error keeps out of `Object.keys` but `util.inspect` and loggers show. */
const ERROR_FIELDS = ["message", "stack", "cause", "errors"];

function keysOf(value: object): PropertyKey[] {
  const keys: PropertyKey[] = Object.keys(value);
  for (const symbol of Object.getOwnPropertySymbols(value)) {
    if (Object.prototype.propertyIsEnumerable.call(value, symbol)) keys.push(symbol);
  }
  if (value instanceof Error) {
    for (const field of ERROR_FIELDS) if (Object.hasOwn(value, field) && !keys.includes(field)) keys.push(field);
  }
  return keys;
}

function read(record: Record<PropertyKey, unknown>, key: PropertyKey): unknown {
  try {
    return record[key];
  } catch {
    return undefined; // A getter that throws shows nothing either.
  }
}

/** Writes `value` at `key` (renaming the key when it is `renamed`); false when the object refuses. */
function write(record: Record<PropertyKey, unknown>, key: PropertyKey, renamed: PropertyKey, value: unknown): boolean {
  try {
    if (renamed !== key && !delete record[key]) return false;
    record[renamed] = value;
    return record[renamed] === value;
  } catch {
    return false;
  }
}

/**
 * Removes the forms from every string reachable from `value`, at any depth, in place. Cycles are
 * followed once. A frozen object or array that holds a secret is replaced by a scrubbed copy.
 */
function scrub(value: unknown, forms: readonly string[], done: Map<object, unknown>): unknown {
  if (typeof value === "string") return replaceForms(value, forms);
  if (!value || typeof value !== "object") return value;
  if (done.has(value)) return done.get(value);
  done.set(value, value);
  // fetch's Headers keep their entries out of reach of property writes: rebuild them.
  if (typeof Headers !== "undefined" && value instanceof Headers) {
    const headers = new Headers([...value].map(([name, text]) => [name, replaceForms(text, forms)]));
    done.set(value, headers);
    return headers;
  }
  if (value instanceof Map) {
    for (const [key, inner] of value) {
      const after = scrub(inner, forms, done);
      if (after !== inner) value.set(key, after);
    }
    return value;
  }
  if (value instanceof Set) {
    for (const inner of [...value]) {
      const after = scrub(inner, forms, done);
      if (after !== inner) {
        value.delete(inner);
        value.add(after);
      }
    }
    return value;
  }
  const record = value as Record<PropertyKey, unknown>;
  const refused: Array<[PropertyKey, unknown]> = [];
  for (const key of keysOf(value)) {
    const before = read(record, key);
    const after = scrub(before, forms, done);
    const renamed = typeof key === "string" ? replaceForms(key, forms) : key;
    if ((after !== before || renamed !== key) && !write(record, key, renamed, after)) refused.push([renamed, after]);
  }
  if (refused.length === 0 || value instanceof Error) return value;
  const copy = Array.isArray(value) ? [...value] : Object.assign(Object.create(Object.getPrototypeOf(value)), value);
  for (const [key, after] of refused) copy[key] = after;
  done.set(value, copy);
  return copy;
}

/**
 * Removes secrets from an error before it leaves the task, at any depth: its message, stack,
 * `cause` chain, and the fields vendor SDKs attach (request, response, data, headers), in every
 * form {@link redactText} knows. Mutates and returns the error; a frozen part is replaced by a copy.
 */
export function redactError<T>(error: T, secrets: readonly string[]): T {
  return scrub(error, formsOf(secrets), new Map()) as T;
}

/**
 * A task's output with secrets removed. Services sometimes echo what they were sent; checking the
 * serialised form first keeps the common case (nothing to remove) to one pass.
 */
export function redactOutput<T>(output: T, secrets: readonly string[]): T {
  if (output === undefined || output === null) return output;
  const forms = formsOf(secrets);
  const serialised = typeof output === "string" ? output : JSON.stringify(output);
  if (typeof serialised !== "string" || !forms.some((form) => serialised.includes(form))) return output;
  return scrub(output, forms, new Map()) as T;
}
