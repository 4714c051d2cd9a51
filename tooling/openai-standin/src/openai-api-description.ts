import { readFileSync } from "node:fs";
import { normalizeSchema } from "./normalize-schema.js";

/** A JSON Schema as the description writes it. */
export type Schema = Record<string, unknown>;

/** One parameter of an operation (path, query or header). */
export interface Parameter {
  readonly name: string;
  readonly in: "path" | "query" | "header" | "cookie";
  readonly required: boolean;
  readonly schema: Schema;
  readonly style?: string;
}

/** One operation of the description: a method on a path template. */
export interface Operation {
  readonly operationId: string;
  /** `POST`, `GET`, ... */
  readonly method: string;
  /** The path template under `/v1`, `/files/{file_id}`. */
  readonly path: string;
  readonly parameters: readonly Parameter[];
  /** Request body media types and where their schemas are, when the operation takes a body. */
  readonly body?: { readonly required: boolean; readonly media: Readonly<Record<string, string>> };
  /** The success status and, per media type, where its schema is. */
  readonly success: { readonly status: number; readonly media: Readonly<Record<string, string>> };
  /** Whether the operation asks for an API key. */
  readonly secured: boolean;
  readonly deprecated: boolean;
  readonly pattern: RegExp;
}

/** The loaded description: the document (normalised) and its operations. */
export interface OpenaiApiDescription {
  readonly document: Schema;
  readonly operations: readonly Operation[];
  /** The operation a request is for, or what is wrong with its path or method. */
  match(method: string, path: string): { operation: Operation; params: Record<string, string> } | undefined;
  /** Whether any operation serves this path (with another method). */
  knowsPath(path: string): boolean;
}

const METHODS = ["get", "post", "put", "patch", "delete"];

/** A JSON pointer to `segments` in the document, as a URI fragment Ajv resolves. */
export function pointer(...segments: string[]): string {
  return `#/${segments.map((segment) => encodeURIComponent(segment.replaceAll("~", "~0").replaceAll("/", "~1"))).join("/")}`;
}

function resolveRef<T>(document: Schema, value: T): T {
  const ref = (value as { $ref?: unknown } | undefined)?.$ref;
  if (typeof ref !== "string") return value;
  let node: unknown = document;
  for (const part of ref.slice(2).split("/")) node = (node as Schema)[part.replaceAll("~1", "/").replaceAll("~0", "~")];
  return node as T;
}

function patternOf(template: string): RegExp {
  const escaped = template
    .split(/(\{[^}]+\})/)
    .map((part) => (part.startsWith("{") ? "([^/]+)" : part.replace(/[.*+?^$()|[\]\\]/g, "\\$&")))
    .join("");
  return new RegExp(`^${escaped}$`);
}

/**
 * Loads OpenAI's OpenAPI description (the copy in `fixtures/`, with its licence), normalised for
 * Ajv, and indexes its operations. Paths the description lists with a query (`/responses?beta=true`)
 * are variants of plain ones and are left out.
 */
export function loadOpenaiApiDescription(
  file: URL = new URL("../fixtures/openapi.json", import.meta.url),
): OpenaiApiDescription {
  const document = JSON.parse(readFileSync(file, "utf8")) as Schema;
  normalizeSchema(document.components);
  normalizeSchema(document.paths);
  const globalSecurity = Array.isArray(document.security) && document.security.length > 0;
  const operations: Operation[] = [];
  for (const [path, item] of Object.entries(document.paths as Record<string, Schema>)) {
    if (path.includes("?")) continue;
    for (const method of METHODS) {
      const raw = item[method] as Schema | undefined;
      if (!raw) continue;
      const parameters = [...((item.parameters as unknown[]) ?? []), ...((raw.parameters as unknown[]) ?? [])]
        .map((parameter) => resolveRef(document, parameter) as Parameter)
        .map((parameter) => ({ ...parameter, required: parameter.required === true || parameter.in === "path" }));
      const requestBody = resolveRef(document, raw.requestBody as Schema | undefined);
      const responses = raw.responses as Record<string, Schema>;
      const successKey = Object.keys(responses).find((status) => status.startsWith("2")) ?? "200";
      const success = resolveRef(document, responses[successKey]) ?? {};
      const mediaOf = (content: unknown, ...base: string[]) =>
        Object.fromEntries(
          Object.keys((content as Schema | undefined) ?? {}).map((type) => [type, pointer(...base, type, "schema")]),
        );
      const bodyBase = (raw.requestBody as Schema | undefined)?.$ref
        ? [
            ...String((raw.requestBody as Schema).$ref)
              .slice(2)
              .split("/"),
            "content",
          ]
        : ["paths", path, method, "requestBody", "content"];
      const successBase = responses[successKey]?.$ref
        ? [...String(responses[successKey]?.$ref).slice(2).split("/"), "content"]
        : ["paths", path, method, "responses", successKey, "content"];
      operations.push({
        operationId: String(raw.operationId ?? `${method} ${path}`),
        method: method.toUpperCase(),
        path,
        parameters,
        ...(requestBody
          ? { body: { required: requestBody.required === true, media: mediaOf(requestBody.content, ...bodyBase) } }
          : {}),
        success: { status: Number(successKey), media: mediaOf(success.content, ...successBase) },
        secured: Array.isArray(raw.security) ? raw.security.length > 0 : globalSecurity,
        deprecated: raw.deprecated === true,
        pattern: patternOf(path),
      });
    }
  }
  // A literal segment beats a parameter (`/responses/input_tokens` before `/responses/{id}`).
  operations.sort((a, b) => (a.path.match(/\{/g)?.length ?? 0) - (b.path.match(/\{/g)?.length ?? 0));
  const names = (operation: Operation) => [...operation.path.matchAll(/\{([^}]+)\}/g)].map((match) => match[1] ?? "");
  return {
    document,
    operations,
    match(method, path) {
      for (const operation of operations) {
        if (operation.method !== method) continue;
        const found = operation.pattern.exec(path);
        if (!found) continue;
        const values = found.slice(1).map((value) => decodeURIComponent(value));
        return { operation, params: Object.fromEntries(names(operation).map((name, i) => [name, values[i] ?? ""])) };
      }
      return undefined;
    },
    knowsPath: (path) => operations.some((operation) => operation.pattern.test(path)),
  };
}
