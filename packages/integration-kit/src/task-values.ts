import type { JsonValue } from "./json.js";
import { REDACTED } from "./redact.js";

/** Parameter names whose values are credentials wherever they appear. */
const SECRET_KEYS = new Set([
  "token",
  "secret",
  "password",
  "client_secret",
  "access_token",
  "refresh_token",
  "api_key",
]);

function normalise(value: unknown, redactKeys: boolean, depth: number): JsonValue {
  if (value === null || typeof value === "string" || typeof value === "boolean") return value;
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (value instanceof Uint8Array) return `<${value.byteLength} bytes>`;
  if (value instanceof Date) return value.toISOString();
  if (typeof value !== "object" || depth > 32) return null;
  if (Array.isArray(value))
    return value.map((item) => (item === undefined ? null : normalise(item, redactKeys, depth + 1)));
  if (typeof (value as { pipe?: unknown }).pipe === "function") return "<stream>";
  const copy: Record<string, JsonValue> = {};
  for (const [key, inner] of Object.entries(value)) {
    if (inner === undefined || typeof inner === "function") continue;
    copy[key] = redactKeys && SECRET_KEYS.has(key.toLowerCase()) ? REDACTED : normalise(inner, redactKeys, depth + 1);
  }
  return copy;
}

/**
 * A JSON copy of a task's params for the dashboard: values under credential-like keys
 * (`token`, `secret`, `password`, ...) shown as {@link REDACTED}, binary data and streams
 * summarised, dates as ISO strings, functions and `undefined` left out.
 */
export function toJsonValue(value: unknown): JsonValue {
  return normalise(value, true, 0);
}

/**
 * A task's output as JSON, made once so a replayed run (whose output comes from Trigger.dev's
 * cache) gets the same value as the first: dates as ISO strings, binary data summarised,
 * functions and `undefined` left out. Fields are kept as the service named them.
 */
export function toJsonOutput(value: unknown): JsonValue | undefined {
  return value === undefined ? undefined : normalise(value, false, 0);
}

/** Dashboard properties from `[label, value]` pairs, leaving out values that are not there. */
export function displayProperties(
  pairs: ReadonlyArray<readonly [label: string, value: string | number | boolean | null | undefined]>,
): Array<{ label: string; text: string }> {
  return pairs.flatMap(([label, value]) =>
    value === undefined || value === null || value === "" ? [] : [{ label, text: String(value) }],
  );
}
