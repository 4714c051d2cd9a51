/**
 * Rewrites the OpenAPI 3.0 leftovers in OpenAI's 3.1 description into JSON Schema 2020-12, in
 * place, so Ajv validates them instead of refusing to compile: `nullable: true` becomes a `"null"`
 * type (or an `anyOf` with one, where there is no `type`), and a boolean `exclusiveMinimum` /
 * `exclusiveMaximum` takes the bound's value. Returns how many schemas changed.
 */
export function normalizeSchema(node: unknown): number {
  if (Array.isArray(node)) return node.reduce((sum: number, item) => sum + normalizeSchema(item), 0);
  if (!node || typeof node !== "object") return 0;
  const schema = node as Record<string, unknown>;
  let changed = 0;
  for (const value of Object.values(schema)) changed += normalizeSchema(value);
  if ("nullable" in schema) {
    const nullable = schema.nullable === true;
    delete schema.nullable;
    changed++;
    if (nullable) {
      if (typeof schema.type === "string") schema.type = [schema.type, "null"];
      else if (Array.isArray(schema.type)) {
        if (!schema.type.includes("null")) schema.type.push("null");
      } else {
        const inner = { ...schema };
        for (const key of Object.keys(schema)) delete schema[key];
        schema.anyOf = [inner, { type: "null" }];
      }
    }
  }
  for (const [exclusive, bound] of [
    ["exclusiveMinimum", "minimum"],
    ["exclusiveMaximum", "maximum"],
  ] as const) {
    if (typeof schema[exclusive] !== "boolean") continue;
    changed++;
    if (schema[exclusive] === true && typeof schema[bound] === "number") {
      schema[exclusive] = schema[bound];
      delete schema[bound];
    } else delete schema[exclusive];
  }
  return changed;
}
