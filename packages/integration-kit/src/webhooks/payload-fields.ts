/** The JSON kinds a payload field can be required to have. */
export type FieldKind = "string" | "number" | "object" | "array";

/** Fields a payload must have, by name, with their kind (`{ channel: "string", item: "object" }`). */
export type RequiredFields = Readonly<Record<string, FieldKind>>;

/** The JSON kind of `value` (`"other"` for null, booleans and non-finite numbers). */
export function kindOf(value: unknown): FieldKind | "other" {
  if (Array.isArray(value)) return "array";
  if (value !== null && typeof value === "object") return "object";
  if (typeof value === "string") return "string";
  if (typeof value === "number" && Number.isFinite(value)) return "number";
  return "other";
}

/** `text` parsed as a JSON object, or undefined when it is not JSON or not an object. */
export function parseJsonObject(text: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return kindOf(value) === "object" ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * What is wrong with `value` against `fields` (`a message event needs \`ts\` as a string`), or
 * undefined when it has them all. One way for every receiver and event to check a payload's shape.
 */
export function payloadProblem(subject: string, value: unknown, fields: RequiredFields): string | undefined {
  if (kindOf(value) !== "object") return `${subject} is not a JSON object`;
  const record = value as Record<string, unknown>;
  const missing = Object.entries(fields).filter(([field, kind]) => kindOf(record[field]) !== kind);
  if (missing.length === 0) return undefined;
  return `${subject} needs ${missing.map(([field, kind]) => `\`${field}\` as ${kind === "array" || kind === "object" ? "an" : "a"} ${kind}`).join(", ")}`;
}

/**
 * A verified body read as a JSON event with `fields`, or the refusal a receiver answers with: the
 * body is not JSON, or it lacks a field (`a Stripe event needs \`created\` as a number.`).
 */
export function readJsonEvent<T>(
  rawBody: string,
  subject: string,
  fields: RequiredFields,
): { readonly event: T } | { readonly refuse: "malformed-payload"; readonly problem: string } {
  let body: unknown;
  try {
    body = JSON.parse(rawBody);
  } catch {
    return { refuse: "malformed-payload", problem: "the body is not JSON." };
  }
  const problem = payloadProblem(subject, body, fields);
  return problem ? { refuse: "malformed-payload", problem: `${problem}.` } : { event: body as T };
}
