import type { Schema } from "./openai-api-description.js";

/** A fixed time for every timestamp the stand-in invents (2026-01-01T00:00:00Z), so answers are stable. */
export const SAMPLE_TIME = 1_767_225_600;

const TIMESTAMP =
  /(^|_)(created|completed|expires|started|finished|failed|cancelled|in_progress|finalizing|expired|cancelling|last_active|estimated_finish)(_at)?$|^created$/;

/** Builds the example value a schema describes: its own examples first, then the first choice of each kind. */
export class SchemaSampler {
  readonly #resolve: (schema: Schema | undefined) => Schema | undefined;

  constructor(resolve: (schema: Schema | undefined) => Schema | undefined) {
    this.#resolve = resolve;
  }

  /** An example of `schema`; `seen` keeps a recursive schema from unrolling forever. */
  sample(schema: Schema | undefined, name = "", depth = 0, seen: readonly Schema[] = []): unknown {
    const resolved = this.#resolve(schema);
    if (!resolved || seen.includes(resolved) || depth > 12) return null;
    const trail = [...seen, resolved];
    if (resolved.example !== undefined) return structuredClone(resolved.example);
    if (Array.isArray(resolved.examples) && resolved.examples.length > 0) return structuredClone(resolved.examples[0]);
    if (resolved.const !== undefined) return resolved.const;
    if (Array.isArray(resolved.enum)) return resolved.enum.find((value) => value !== null) ?? null;
    if (resolved.default !== undefined && typeof resolved.default !== "object") return resolved.default;
    if (Array.isArray(resolved.allOf)) {
      return Object.assign(
        {},
        ...resolved.allOf.map((part) => this.sample(part as Schema, name, depth + 1, trail) as object),
        this.#object(resolved, depth, trail),
      );
    }
    const choices = (resolved.anyOf ?? resolved.oneOf) as Schema[] | undefined;
    if (Array.isArray(choices)) {
      const choice = choices.find((option) => this.#resolve(option)?.type !== "null") ?? choices[0];
      return this.sample(choice, name, depth + 1, trail);
    }
    const type = Array.isArray(resolved.type) ? resolved.type.find((t) => t !== "null") : resolved.type;
    switch (type) {
      case "object":
        return this.#object(resolved, depth, trail);
      case "array":
        return depth > 6 ? [] : [this.sample(resolved.items as Schema | undefined, name, depth + 1, trail)];
      case "integer":
      case "number":
        return TIMESTAMP.test(name) ? SAMPLE_TIME : typeof resolved.minimum === "number" ? resolved.minimum : 0;
      case "boolean":
        return false;
      case "string":
        return name ? `${name}-example` : "string";
      case "null":
        return null;
      default:
        return resolved.properties ? this.#object(resolved, depth, trail) : null;
    }
  }

  #object(schema: Schema, depth: number, seen: readonly Schema[]): Record<string, unknown> {
    const properties = (schema.properties ?? {}) as Record<string, Schema>;
    const required = new Set((schema.required as string[] | undefined) ?? []);
    const result: Record<string, unknown> = {};
    for (const [key, property] of Object.entries(properties)) {
      if (!required.has(key) && depth > 3) continue;
      result[key] = this.sample(property, key, depth + 1, seen);
    }
    return result;
  }
}
