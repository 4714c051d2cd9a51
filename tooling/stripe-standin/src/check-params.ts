import type { FormValue } from "./form-params.js";
import type { Schema } from "./schema.js";

/** Why Stripe would reject a parameter, in its own words and codes. */
export interface ParamProblem {
  /** The parameter as Stripe names it (`items[0][price]`). */
  readonly param: string;
  /** `parameter_unknown`, `parameter_missing` or `parameter_invalid_*`. */
  readonly code: string;
  readonly message: string;
}

/** A value read against its schema: the typed value, or what is wrong with it. */
export interface Checked {
  readonly value?: unknown;
  readonly problems: readonly ParamProblem[];
}

const ok = (value: unknown): Checked => ({ value, problems: [] });
const problem = (param: string, code: string, message: string): Checked => ({
  problems: [{ param, code, message }],
});

const isRecord = (value: unknown): value is Record<string, FormValue> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** `{ "0": a, "1": b }` as `[a, b]`: indexed form keys are an array when the schema says so. */
function asArray(value: FormValue): FormValue[] | undefined {
  if (Array.isArray(value)) return value;
  if (!isRecord(value)) return undefined;
  const keys = Object.keys(value);
  if (!keys.every((key, index) => key === String(index))) return undefined;
  return keys.map((key) => value[key] as FormValue);
}

const child = (param: string, key: string) => (param ? `${param}[${key}]` : key);

function checkObject(value: FormValue, schema: Schema, param: string): Checked {
  if (!isRecord(value)) return problem(param, "parameter_invalid_object", `Invalid object: ${param}`);
  const result: Record<string, unknown> = {};
  const problems: ParamProblem[] = [];
  for (const [key, item] of Object.entries(value)) {
    const declared = schema.properties?.[key];
    const extra = schema.additionalProperties;
    const itemSchema = declared ?? (typeof extra === "object" ? extra : extra === true ? {} : undefined);
    if (!itemSchema && schema.properties) {
      problems.push({
        param: child(param, key),
        code: "parameter_unknown",
        message: `Received unknown parameter: ${child(param, key)}`,
      });
      continue;
    }
    const checked = checkParam(item, itemSchema ?? {}, child(param, key));
    problems.push(...checked.problems);
    result[key] = checked.value;
  }
  for (const key of schema.required ?? []) {
    if (!(key in value)) {
      problems.push({
        param: child(param, key),
        code: "parameter_missing",
        message: `Missing required param: ${child(param, key)}.`,
      });
    }
  }
  return { value: result, problems };
}

function checkScalar(value: FormValue, schema: Schema, param: string): Checked {
  if (typeof value !== "string") return problem(param, `parameter_invalid_${schema.type}`, `Invalid ${schema.type}`);
  switch (schema.type) {
    case "integer":
      return /^-?\d+$/.test(value)
        ? ok(Number(value))
        : problem(param, "parameter_invalid_integer", `Invalid integer: ${value}`);
    case "number":
      return /^-?\d+(\.\d+)?$/.test(value)
        ? ok(Number(value))
        : problem(param, "parameter_invalid_number", `Invalid number: ${value}`);
    case "boolean":
      return value === "true" || value === "false"
        ? ok(value === "true")
        : problem(param, "parameter_invalid_boolean", `Invalid boolean: ${value}`);
    default:
      if (schema.enum && !schema["x-stripeBypassValidation"] && !schema.enum.includes(value)) {
        return problem(param, "parameter_invalid_string", `Invalid ${param}: must be one of ${schema.enum.join(", ")}`);
      }
      if (schema.maxLength !== undefined && value.length > schema.maxLength) {
        return problem(
          param,
          "parameter_invalid_string",
          `Invalid ${param}: must be at most ${schema.maxLength} characters`,
        );
      }
      return ok(value);
  }
}

/** The branch of an `anyOf` a value is closest to, for its message when every branch refuses it. */
function closest(value: FormValue, branches: readonly Schema[]): Schema | undefined {
  const structured = typeof value !== "string";
  return branches.find((branch) => structured === (branch.type === "object" || branch.type === "array")) ?? branches[0];
}

/**
 * Checks one parameter against its schema as Stripe reads form data: strings become the integers,
 * numbers and booleans the schema asks for, indexed keys become arrays, unknown keys and missing
 * required ones are reported, an `anyOf` takes the first branch that accepts the value, and `""`
 * (which clears a field) is accepted where the schema offers it.
 */
export function checkParam(value: FormValue, schema: Schema, param: string): Checked {
  if (schema.anyOf) {
    let first: Checked | undefined;
    for (const branch of schema.anyOf) {
      const checked = checkParam(value, branch, param);
      if (checked.problems.length === 0) return checked;
      if (branch === closest(value, schema.anyOf)) first = checked;
    }
    return first ?? problem(param, "parameter_invalid", `Invalid ${param}`);
  }
  switch (schema.type) {
    case "object":
      return checkObject(value, schema, param);
    case "array": {
      const items = asArray(value);
      if (!items) return problem(param, "parameter_invalid_array", `Invalid array: ${param}`);
      const checked = items.map((item, index) => checkParam(item, schema.items ?? {}, child(param, String(index))));
      return { value: checked.map((c) => c.value), problems: checked.flatMap((c) => c.problems) };
    }
    case undefined:
      return ok(value);
    default:
      return checkScalar(value, schema, param);
  }
}
