import { createRequire } from "node:module";
import type { ErrorObject, ValidateFunction } from "ajv";
import type { OpenaiApiDescription, Operation, Parameter, Schema } from "./openai-api-description.js";

const require = createRequire(import.meta.url);
// Ajv's 2020-12 flavour: OpenAPI 3.1 schemas are JSON Schema 2020-12.
const Ajv2020 = require("ajv/dist/2020") as typeof import("ajv/dist/2020");

/** A file part of a multipart body. */
export interface UploadedFile {
  readonly name: string;
  readonly type: string;
  readonly bytes: Buffer;
}

/** What the checker read out of a request, and what the description does not allow in it. */
export interface CheckedRequest {
  /** Every way the request breaks the description; empty when it is valid. */
  readonly violations: string[];
  /** The field a violation names first, as OpenAI's `param`. */
  readonly param: string | null;
  /** The body as data: parsed JSON, or a multipart form's fields (files by name). */
  readonly body: Record<string, unknown> | undefined;
  /** The query, arrays and `deepObject` parameters assembled. */
  readonly query: Record<string, unknown>;
  /** Files of a multipart body, by field name. */
  readonly files: ReadonlyMap<string, UploadedFile>;
}

/** `a[b][]` → `["a", "b", ""]`. */
function keyPath(key: string): string[] {
  const [head = key, ...rest] = key.split("[");
  return [head, ...rest.map((part) => part.replace(/\]$/, ""))];
}

/** Sets a form or query value at `path`, building arrays for `[]` and objects for `[name]`. */
function assign(target: Record<string, unknown>, path: string[], value: unknown): void {
  const [head = "", next, ...rest] = path;
  if (next === undefined) {
    target[head] = value;
    return;
  }
  if (next === "") {
    const list = Array.isArray(target[head]) ? (target[head] as unknown[]) : [];
    target[head] = list;
    if (rest.length === 0) list.push(value);
    else {
      const item: Record<string, unknown> = {};
      list.push(item);
      assign(item, rest, value);
    }
    return;
  }
  const inner = (target[head] && typeof target[head] === "object" ? target[head] : {}) as Record<string, unknown>;
  target[head] = inner;
  assign(inner, [next, ...rest], value);
}

function describeErrors(where: string, errors: readonly ErrorObject[] | null | undefined): string[] {
  return (errors ?? []).slice(0, 5).map((error) => {
    const at = `${where}${error.instancePath}`;
    const extra =
      error.keyword === "enum"
        ? ` (${(error.params as { allowedValues: unknown[] }).allowedValues.map((v) => JSON.stringify(v)).join(", ")})`
        : error.keyword === "additionalProperties"
          ? ` ('${(error.params as { additionalProperty: string }).additionalProperty}')`
          : "";
    return `${at}: ${error.message}${extra}`;
  });
}

/**
 * Checks requests against the description: the path's and query's parameters (required ones
 * present, each valid against its schema, no unknown ones), the content type, and the body
 * against its schema (JSON as sent; multipart fields as the form carries them, numbers and
 * booleans as text, files as binary strings). Top-level body fields the schema does not name are
 * refused too, unless it allows any: a misspelt field (`maxTokens`) would otherwise pass unseen.
 */
export class RequestChecker {
  readonly #description: OpenaiApiDescription;
  readonly #exact: import("ajv/dist/2020").default;
  readonly #coercing: import("ajv/dist/2020").default;
  readonly #compiled = new Map<string, ValidateFunction>();

  constructor(description: OpenaiApiDescription) {
    this.#description = description;
    const options = { strict: false, allErrors: false, validateFormats: false, discriminator: false } as const;
    this.#exact = new Ajv2020.default(options);
    this.#coercing = new Ajv2020.default({ ...options, coerceTypes: "array" });
    for (const ajv of [this.#exact, this.#coercing]) {
      ajv.addSchema({ $id: "openai", components: description.document.components, paths: description.document.paths });
    }
  }

  #validator(ref: string, coerce: boolean): ValidateFunction {
    const key = `${coerce}:${ref}`;
    let validate = this.#compiled.get(key);
    if (!validate) {
      validate = (coerce ? this.#coercing : this.#exact).compile({ $ref: `openai${ref}` });
      this.#compiled.set(key, validate);
    }
    return validate;
  }

  #inlineValidator(schema: Schema, coerce: boolean): ValidateFunction {
    const key = `${coerce}:inline:${JSON.stringify(schema)}`;
    let validate = this.#compiled.get(key);
    if (!validate) {
      const ajv = coerce ? this.#coercing : this.#exact;
      // Parameter schemas may point into the document: give them its base.
      validate = ajv.compile(JSON.parse(JSON.stringify(schema).replaceAll('"$ref":"#/', '"$ref":"openai#/')));
      this.#compiled.set(key, validate);
    }
    return validate;
  }

  /** The schema at a `#/...` pointer of the document, `$ref`s followed. */
  schemaAt(ref: string): Schema | undefined {
    let node: unknown = this.#description.document;
    for (const part of ref.slice(2).split("/")) {
      node = (node as Schema | undefined)?.[decodeURIComponent(part).replaceAll("~1", "/").replaceAll("~0", "~")];
    }
    return this.resolve(node as Schema | undefined);
  }

  /** A schema with its `$ref` (to this document) followed. */
  resolve(schema: Schema | undefined): Schema | undefined {
    let current = schema;
    for (let hops = 0; typeof current?.$ref === "string" && hops < 20; hops++) {
      current = this.schemaAt(current.$ref as string);
    }
    return current;
  }

  /** Top-level property names a body schema allows; undefined when it allows any. */
  #knownProperties(schema: Schema | undefined, depth = 0): Set<string> | undefined {
    const resolved = this.resolve(schema);
    if (!resolved || depth > 8) return undefined;
    const names = new Set<string>(Object.keys((resolved.properties as Schema | undefined) ?? {}));
    const branches = ["allOf", "anyOf", "oneOf"].flatMap((key) => (resolved[key] as Schema[] | undefined) ?? []);
    const open = resolved.additionalProperties !== undefined && resolved.additionalProperties !== false;
    if (open || (names.size === 0 && branches.length === 0)) return undefined;
    for (const branch of branches) {
      if (this.resolve(branch)?.type === "null") continue;
      const inner = this.#knownProperties(branch, depth + 1);
      if (!inner) return undefined;
      for (const name of inner) names.add(name);
    }
    return names;
  }

  /** Reads and checks one request for `operation`. */
  async check(operation: Operation, url: URL, contentType: string, raw: Buffer): Promise<CheckedRequest> {
    const violations: string[] = [];
    let param: string | null = null;
    const fail = (where: string | null, messages: string[]) => {
      if (messages.length === 0) return;
      param ??= where;
      violations.push(...messages);
    };

    const query = this.#query(operation, url, fail);
    let body: Record<string, unknown> | undefined;
    const files = new Map<string, UploadedFile>();
    const media = operation.body?.media ?? {};
    const type = contentType.split(";")[0]?.trim().toLowerCase() ?? "";
    if (raw.length === 0) {
      if (operation.body?.required) fail(null, ["the request needs a body"]);
    } else if (!operation.body) {
      fail(null, [`${operation.method} ${operation.path} takes no body`]);
    } else if (!media[type]) {
      fail(null, [`content type ${type || "(none)"} is not one of ${Object.keys(media).join(", ")}`]);
    } else if (type === "application/json") {
      try {
        body = JSON.parse(raw.toString("utf8")) as Record<string, unknown>;
      } catch {
        fail(null, ["the body is not valid JSON"]);
      }
      if (body !== undefined) this.#checkBody(media[type] as string, body, false, fail);
    } else if (type === "multipart/form-data") {
      body = {};
      const form = await new Request("http://stand-in/", {
        method: "POST",
        headers: { "content-type": contentType },
        body: raw,
      }).formData();
      for (const [key, value] of form) {
        if (typeof value === "string") assign(body, keyPath(key), value);
        else {
          const file = { name: value.name, type: value.type, bytes: Buffer.from(await value.arrayBuffer()) };
          files.set(keyPath(key)[0] ?? key, file);
          assign(body, keyPath(key), `<file ${file.name}>`);
        }
      }
      this.#checkBody(media[type] as string, body, true, fail);
    }
    return { violations, param, body, query, files };
  }

  #checkBody(
    ref: string,
    body: Record<string, unknown>,
    coerce: boolean,
    fail: (where: string | null, messages: string[]) => void,
  ) {
    const data = coerce ? structuredClone(body) : body;
    const validate = this.#validator(ref, coerce);
    if (!validate(data)) {
      const first = validate.errors?.[0]?.instancePath.split("/")[1] ?? null;
      fail(first, describeErrors("body", validate.errors));
    }
    const known = this.#knownProperties(this.schemaAt(ref));
    if (known && data && typeof data === "object" && !Array.isArray(data)) {
      const unknown = Object.keys(data).filter((key) => !known.has(key));
      for (const key of unknown) fail(key, [`body: unknown field '${key}' (the description names no such field)`]);
    }
  }

  #query(operation: Operation, url: URL, fail: (where: string | null, messages: string[]) => void) {
    const query: Record<string, unknown> = {};
    for (const [key, value] of url.searchParams) assign(query, keyPath(key), value);
    const byName = new Map<string, Parameter>();
    for (const parameter of operation.parameters) {
      if (parameter.in === "query") byName.set(parameter.name.replace(/\[\]$/, ""), parameter);
    }
    for (const key of Object.keys(query)) {
      if (!byName.has(key)) fail(key, [`query: unknown parameter '${key}'`]);
    }
    for (const [name, parameter] of byName) {
      if (!(name in query)) {
        if (parameter.required) fail(name, [`query: missing required parameter '${name}'`]);
        continue;
      }
      const value = { value: query[name] };
      const validate = this.#inlineValidator({ type: "object", properties: { value: parameter.schema ?? {} } }, true);
      if (!validate(value))
        fail(
          name,
          describeErrors(`query.${name}`, validate.errors).map((m) => m.replace("/value", "")),
        );
      else query[name] = value.value;
    }
    return query;
  }
}
