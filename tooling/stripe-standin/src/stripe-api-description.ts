import { readFileSync } from "node:fs";
import type { Schema } from "./schema.js";

/** What an operation does to the objects the stand-in keeps, read from its path and answer. */
export type OperationKind = "create" | "retrieve" | "update" | "delete" | "list" | "search" | "action" | "singleton";

/** One operation of Stripe's API as its description states it. */
export interface StripeOperation {
  readonly method: "GET" | "POST" | "DELETE";
  /** The path template (`/v1/customers/{customer}`). */
  readonly path: string;
  /** `METHOD /template`: how forced failures and tests name the operation. */
  readonly route: string;
  readonly pattern: RegExp;
  /** Path parameter names, in order. */
  readonly pathParams: readonly string[];
  /** Query parameters (GET and DELETE), as one object schema. */
  readonly query: Schema;
  /** The form body (POST), as one object schema. */
  readonly body: Schema;
  /** The object type answered, or listed (`"customer"`). */
  readonly resource: string | undefined;
  readonly kind: OperationKind;
  /** For actions, the last path segment (`"confirm"`, `"expire"`). */
  readonly action: string | undefined;
}

/** Stripe's description and its example objects, vendored in `fixtures/` (MIT, stripe/openapi). */
export interface StripeApiDescription {
  /** Every operation, literal paths before templated ones, so `/v1/customers/search` wins over `/{customer}`. */
  readonly operations: readonly StripeOperation[];
  /** Stripe's example object per object type (`fixtures3.json`). */
  readonly fixtures: Readonly<Record<string, Record<string, unknown>>>;
  /** The description's `info.version`. */
  readonly version: string;
}

interface RawOperation {
  parameters?: { name: string; in: string; required?: boolean; schema?: Schema }[];
  requestBody?: { content?: Record<string, { schema?: Schema }> };
  responses?: Record<string, { content?: Record<string, { schema?: Schema }> }>;
}

type Components = Record<string, Schema>;

function refName(schema: Schema | undefined, components: Components): string | undefined {
  const ref = schema?.$ref ?? schema?.anyOf?.find((branch) => branch.$ref)?.$ref;
  if (!ref) return undefined;
  const name = ref.replace("#/components/schemas/", "");
  return components[name]?.["x-resourceId"] ?? name;
}

/** The object type an answer holds, and whether it is a list or a search result of them. */
function answerOf(schema: Schema | undefined, components: Components) {
  const data = schema?.properties?.data;
  const object = schema?.properties?.object?.enum?.[0];
  if (data?.type === "array" && (object === "list" || object === "search_result")) {
    return { resource: refName(data.items, components), many: object as "list" | "search_result" };
  }
  return { resource: refName(schema, components), many: undefined };
}

const isParam = (segment: string | undefined) => segment?.startsWith("{") === true;

function kindOf(
  method: string,
  path: string,
  many: string | undefined,
  parentResource: string | undefined,
  resource?: string,
) {
  const segments = path.split("/");
  const last = segments.at(-1);
  if (many === "search_result") return "search" as const;
  if (many === "list") return method === "GET" ? ("list" as const) : ("create" as const);
  if (isParam(last)) {
    if (method === "GET") return "retrieve" as const;
    return method === "DELETE" ? ("delete" as const) : ("update" as const);
  }
  if (isParam(segments.at(-2)) && method !== "GET") {
    // `POST /v1/payment_intents/{intent}/confirm` acts on its parent; `.../sources` creates another object.
    return resource === parentResource ? ("action" as const) : ("create" as const);
  }
  if (method === "POST") return "create" as const;
  return method === "DELETE" ? ("delete" as const) : ("singleton" as const);
}

function objectSchema(parameters: RawOperation["parameters"], where: string): Schema {
  const own = (parameters ?? []).filter((p) => p.in === where);
  return {
    type: "object",
    additionalProperties: false,
    properties: Object.fromEntries(own.map((p) => [p.name, p.schema ?? {}])),
    required: own.filter((p) => p.required).map((p) => p.name),
  };
}

/** Reads the vendored description once per stand-in; literal paths sort before templated ones. */
export function loadStripeApiDescription(): StripeApiDescription {
  const read = (name: string) => JSON.parse(readFileSync(new URL(`../fixtures/${name}`, import.meta.url), "utf8"));
  const spec = read("openapi.json") as {
    info: { version: string };
    paths: Record<string, Record<string, RawOperation>>;
    components: { schemas: Components };
  };
  const components = spec.components.schemas;
  // Parent paths name their parameter differently (`/v1/subscriptions/{subscription_exposed_id}`
  // under `/v1/subscriptions/{subscription}/resume`), so they are found by shape.
  const shape = (path: string) => path.replace(/\{[^}]+\}/g, "{}");
  const retrievable = new Map(
    Object.entries(spec.paths).map(([path, methods]) => [
      shape(path),
      answerOf(methods.get?.responses?.["200"]?.content?.["application/json"]?.schema, components).resource,
    ]),
  );
  const resourceAt = (path: string) => retrievable.get(shape(path));
  const operations: StripeOperation[] = [];
  for (const [path, methods] of Object.entries(spec.paths)) {
    for (const [name, raw] of Object.entries(methods)) {
      const method = name.toUpperCase() as StripeOperation["method"];
      if (method !== "GET" && method !== "POST" && method !== "DELETE") continue;
      const answer = answerOf(raw.responses?.["200"]?.content?.["application/json"]?.schema, components);
      const segments = path.split("/");
      const parent = isParam(segments.at(-2)) ? resourceAt(segments.slice(0, -1).join("/")) : undefined;
      const kind = kindOf(method, path, answer.many, parent, answer.resource);
      const pathParams = [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1] as string);
      const pattern = new RegExp(`^${path.replace(/\{[^}]+\}/g, "([^/]+)")}$`);
      const body = raw.requestBody?.content?.["application/x-www-form-urlencoded"]?.schema ?? {
        type: "object",
        additionalProperties: false,
        properties: {},
      };
      operations.push({
        method,
        path,
        route: `${method} ${path}`,
        pattern,
        pathParams,
        query: objectSchema(raw.parameters, "query"),
        body,
        resource: answer.resource,
        kind,
        action: kind === "action" ? segments.at(-1) : undefined,
      });
    }
  }
  operations.sort((a, b) => a.pathParams.length - b.pathParams.length);
  const fixtures = (read("fixtures3.json") as { resources: Record<string, Record<string, unknown>> }).resources;
  return { operations, fixtures, version: spec.info.version };
}
