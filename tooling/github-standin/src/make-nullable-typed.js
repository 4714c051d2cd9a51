// @ts-check

/**
 * A branch that accepts only `null`. OpenAPI 3.0 has no `null` type, so it says "a nullable
 * string whose only value is null", which every validator reads the same way.
 */
const NULL_ONLY = Object.freeze({ type: "string", nullable: true, enum: [null] });

/** @param {unknown} value @returns {value is Record<string, unknown>} */
const isObject = (value) => typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * Rewrites every schema that says `nullable: true` without a `type`, in place. Ajv (inside Prism)
 * refuses to compile such a schema and Prism then skips validating that body without a word, so
 * GitHub's description would silently accept anything for those operations. The meaning is kept:
 * a typed `oneOf`/`anyOf` branch becomes nullable, otherwise a null-only branch is added, and a
 * schema with no shape at all simply drops the keyword (it accepts null already).
 * @param {unknown} node an OpenAPI 3.0 document or any part of it
 * @returns {number} how many schemas were rewritten
 */
export function makeNullableTyped(node) {
  let rewritten = 0;
  /** @param {unknown} value */
  const visit = (value) => {
    if (Array.isArray(value)) {
      for (const item of value) visit(item);
      return;
    }
    if (!isObject(value)) return;
    for (const child of Object.values(value)) visit(child);
    if (value.nullable !== true || "type" in value) return;
    rewritten += 1;
    delete value.nullable;
    const union = Array.isArray(value.oneOf) ? value.oneOf : Array.isArray(value.anyOf) ? value.anyOf : undefined;
    if (union) {
      // Only one branch may accept null, or a `oneOf` would reject null for matching twice.
      const typed = union.find((branch) => isObject(branch) && typeof branch.type === "string" && !("enum" in branch));
      if (typed) typed.nullable = true;
      else union.push({ ...NULL_ONLY });
    } else if (Array.isArray(value.allOf)) {
      value.anyOf = [{ allOf: value.allOf }, { ...NULL_ONLY }];
      delete value.allOf;
    }
  };
  visit(node);
  return rewritten;
}
