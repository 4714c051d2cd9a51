import { randomBytes } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterPerforming, type ForcedFailure, failureResponse } from "./forced-failure.js";
import { firstStatus, lastStatus, ObjectStore, type StoredObject } from "./object-store.js";
import { loadOpenaiApiDescription, type OpenaiApiDescription, type Operation } from "./openai-api-description.js";
import { RequestChecker, type UploadedFile } from "./request-checker.js";
import { SAMPLE_TIME, SchemaSampler } from "./sample-schema.js";

/** Settings of {@link startOpenaiStandIn}. */
export interface OpenaiStandInOptions {
  /** Port on 127.0.0.1; 0 (the default) picks a free one. */
  port?: number;
  /** Which API keys authenticate; by default any `sk-...` key. */
  acceptKey?: (key: string) => boolean;
}

/** One request the stand-in received. */
export interface StandInRequest {
  readonly method: string;
  /** The path under `/v1`, with the query. */
  readonly path: string;
  /** The operation of OpenAI's description it matched (`createChatCompletion`), if any. */
  readonly operationId: string | undefined;
  /** The path template it matched (`/files/{file_id}`), if any. */
  readonly route: string | undefined;
  /** The API key it carried (`Authorization: Bearer ...`). */
  readonly apiKey: string | undefined;
  /** Every header, lower-case names. */
  readonly headers: Readonly<Record<string, string>>;
  /** The query as parsed (arrays and `deepObject` parameters assembled). */
  readonly query: Readonly<Record<string, unknown>>;
  /** The body as data (JSON, or a multipart form's fields with files as `<file name>`). */
  readonly body: Readonly<Record<string, unknown>> | undefined;
  /** What the description does not allow in the request (empty when valid). */
  readonly violations: readonly string[];
  /** The status answered. */
  readonly status: number;
  /** Set when a forced failure spoiled the answer of a call that was performed. */
  readonly delivery?: "lost" | "delayed";
}

/** A running stand-in of OpenAI's API on 127.0.0.1. */
export interface OpenaiStandIn {
  /** Origin, `http://127.0.0.1:<port>`. */
  readonly url: string;
  /** The API root to give the client (`baseURL`, or `baseUrl` of `@acme/openai`): `<url>/v1`. */
  readonly baseUrl: string;
  /** Every request received so far, in arrival order. */
  readonly requests: StandInRequest[];
  /** OpenAI's description as the stand-in serves it. */
  readonly description: OpenaiApiDescription;
  /**
   * Fails the next `times` requests (default 1) of `route`: `"POST /files"`, a template such as
   * `"GET /files/{file_id}"`, or `"*"` for any.
   */
  failNext(route: string, failure: ForcedFailure, times?: number): void;
  /** The objects created in a collection (`"/files"`, `"/batches"`, `"/threads/thread_1/messages"`), oldest first. */
  objects(collection: string): StoredObject[];
  /** Forgets recorded requests, pending failures and stored objects. */
  reset(): void;
  /** Stops the server and drops open connections. */
  close(): Promise<void>;
}

const JSON_TYPE = { "content-type": "application/json" };
const ACTIONS: Record<string, string> = {
  cancel: "cancelled",
  pause: "paused",
  resume: "running",
  complete: "completed",
};

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

const openaiError = (message: string, type: string, code: string | null, param: string | null = null) =>
  JSON.stringify({ error: { message, type, param, code } });

/**
 * Starts a stand-in of OpenAI's API driven by OpenAI's OpenAPI description (`fixtures/openapi.json`,
 * MIT). Every request is checked against it (the path and method, the API key, required and
 * known parameters, the content type, and the body against its schema) and refused with OpenAI's
 * error shape when it breaks it; a valid one is answered with an example built from the response
 * schema. Created objects are kept (files with their bytes, batches, fine-tuning jobs, vector
 * stores, assistants, threads, messages, runs, responses, uploads): they are listed, retrieved,
 * modified, cancelled and deleted, and move along their statuses one step per retrieval.
 */
export async function startOpenaiStandIn(options: OpenaiStandInOptions = {}): Promise<OpenaiStandIn> {
  const { port = 0, acceptKey = (key: string) => /^sk-\S+$/.test(key) } = options;
  const description = loadOpenaiApiDescription();
  const checker = new RequestChecker(description);
  const sampler = new SchemaSampler((schema) => checker.resolve(schema));
  const store = new ObjectStore();
  const contents = new Map<string, Buffer>();
  const requests: StandInRequest[] = [];
  const timers = new Set<NodeJS.Timeout>();
  let pending: { route: string; failure: ForcedFailure; remaining: number }[] = [];
  let origin = "";

  const collectionRoutes = new Set(
    description.operations
      .filter((op) => op.method === "GET" && /\/\{[^}]+\}$/.test(op.path))
      .map((op) => op.path.replace(/\/\{[^}]+\}$/, "")),
  );

  const takeFailure = (method: string, path: string, operation: Operation | undefined) => {
    const match = pending.find(
      ({ route }) =>
        route === "*" || route === `${method} ${path}` || (operation && route === `${method} ${operation.path}`),
    );
    if (!match) return undefined;
    match.remaining -= 1;
    if (match.remaining <= 0) pending = pending.filter((p) => p !== match);
    return match.failure;
  };

  const successSchema = (operation: Operation) => {
    const media = operation.success.media;
    const type = media["application/json"]
      ? "application/json"
      : Object.keys(media).find((t) => t !== "text/event-stream");
    return { type, ref: type ? media[type] : undefined };
  };

  const sampleOf = (operation: Operation) => {
    const { ref } = successSchema(operation);
    return (ref ? sampler.sample(checker.schemaAt(ref)) : {}) as Record<string, unknown>;
  };

  /** The example for an operation's success, from the description. */
  const sampleForPath = (method: string, path: string) => {
    const found = description.match(method, path);
    return found ? sampleOf(found.operation) : {};
  };

  const addFile = (filename: string, purpose: string, bytes: Buffer): StoredObject => {
    const id = store.newId("/files");
    contents.set(id, bytes);
    const file = {
      ...(sampleForPath("GET", `/files/${id}`) as object),
      id,
      object: "file",
      bytes: bytes.length,
      created_at: SAMPLE_TIME,
      filename,
      purpose,
      status: "processed",
    };
    return store.add("/files", file);
  };

  // A batch that completes gets an output file: one answer per line of its input file.
  store.onStatus = (_collection, object) => {
    if (object.object !== "batch" || object.status !== "completed") return;
    const input = contents.get(String(object.input_file_id))?.toString("utf8") ?? "";
    const lines = input.split("\n").filter((line) => line.trim() !== "");
    const output = lines.map((line, index) => {
      const request = JSON.parse(line) as { custom_id?: string; url?: string; body?: Record<string, unknown> };
      const body = sampleForPath("POST", String(request.url ?? "").replace(/^\/v1/, ""));
      if ("model" in body && request.body?.model) body.model = request.body.model;
      return JSON.stringify({
        id: `batch_req_standin${index + 1}`,
        custom_id: request.custom_id,
        response: { status_code: 200, request_id: `req_standin${index + 1}`, body },
        error: null,
      });
    });
    const file = addFile(`${object.id}_output.jsonl`, "batch_output", Buffer.from(`${output.join("\n")}\n`));
    object.output_file_id = file.id;
    object.request_counts = { total: lines.length, completed: lines.length, failed: 0 };
    object.completed_at = SAMPLE_TIME;
  };

  /** Copies what the request said onto the answer where the answer has the same field. */
  const echo = (answer: Record<string, unknown>, body: Record<string, unknown> | undefined) => {
    for (const [key, value] of Object.entries(body ?? {})) {
      if (!(key in answer) || key === "id" || key === "object" || key === "status") continue;
      if (value === null || typeof value !== "object" || key === "metadata") answer[key] = value;
    }
  };

  const pageOf = (operation: Operation, items: StoredObject[], query: Record<string, unknown>) => {
    const page = sampleOf(operation);
    const metadata = query.metadata as Record<string, string> | undefined;
    let list = items.filter((item) =>
      Object.entries(metadata ?? {}).every(
        ([key, value]) => (item.metadata as Record<string, unknown>)?.[key] === value,
      ),
    );
    if (query.order !== "asc") list = list.reverse();
    if (typeof query.after === "string") list = list.slice(list.findIndex((item) => item.id === query.after) + 1);
    const limit = typeof query.limit === "number" ? query.limit : 20;
    const data = list.slice(0, limit);
    return {
      ...page,
      object: "list",
      data,
      ...("first_id" in page ? { first_id: data[0]?.id ?? null, last_id: data.at(-1)?.id ?? null } : {}),
      has_more: list.length > limit,
    };
  };

  /** The success answer for a valid request, with the store's objects where it has them. */
  const perform = (
    operation: Operation,
    path: string,
    params: Record<string, string>,
    body: Record<string, unknown> | undefined,
    query: Record<string, unknown>,
    files: ReadonlyMap<string, UploadedFile>,
  ): { status: number; headers: Record<string, string>; body: string | Buffer } => {
    const { type } = successSchema(operation);
    const ok = (json: unknown) => ({
      status: operation.success.status,
      headers: JSON_TYPE,
      body: JSON.stringify(json),
    });
    if (type && type !== "application/json") {
      return { status: 200, headers: { "content-type": type }, body: Buffer.from("stand-in binary content") };
    }
    const segments = path.split("/");
    const last = segments.at(-1) ?? "";
    const ids = Object.values(params);
    // Content of a stored file: its bytes as uploaded.
    if (operation.method === "GET" && /\/files\/\{[^}]+\}\/content$/.test(operation.path)) {
      // A file never uploaded here has no content.
      const bytes = contents.get(params.file_id ?? "") ?? Buffer.alloc(0);
      return { status: 200, headers: { "content-type": "application/octet-stream" }, body: bytes };
    }
    // A create: POST on a collection whose members can be retrieved.
    if (operation.method === "POST" && collectionRoutes.has(operation.path)) {
      const created = { ...sampleOf(operation) } as StoredObject;
      echo(created, body);
      created.id = store.newId(path);
      if (typeof created.created_at === "number") created.created_at = SAMPLE_TIME;
      for (const [name, value] of Object.entries(params)) if (name in created) created[name] = value;
      const status = firstStatus(created.object);
      if (status) created.status = created.object === "response" && body?.background !== true ? "completed" : status;
      const file = files.get("file");
      if (created.object === "file" && file) {
        contents.set(created.id, file.bytes);
        created.filename = file.name;
        created.bytes = file.bytes.length;
      }
      if (created.object === "vector_store.file" && typeof body?.file_id === "string") created.id = body.file_id;
      return ok(store.add(path, created));
    }
    // A list of a collection: the stored objects when there are any.
    if (operation.method === "GET" && collectionRoutes.has(operation.path)) {
      return store.has(path) ? ok(pageOf(operation, store.list(path), query)) : ok(sampleOf(operation));
    }
    const memberOf = (depth: number) => ({
      collection: segments.slice(0, -depth).join("/"),
      id: segments.at(-depth) ?? "",
    });
    // Actions on a member: cancel, pause, resume, complete.
    if (operation.method === "POST" && ACTIONS[last] && /\{[^}]+\}\/\w+$/.test(operation.path)) {
      const { collection, id } = memberOf(2);
      const stored = store.get(collection, id);
      const answer = stored ?? ({ ...sampleOf(operation), id } as StoredObject);
      answer.status = ACTIONS[last];
      if (answer.object === "upload" && last === "complete") {
        answer.file = addFile(String(answer.filename), String(answer.purpose), Buffer.from("stand-in upload\n"));
      }
      return ok(answer);
    }
    const member = /\/\{[^}]+\}$/.test(operation.path) ? memberOf(1) : undefined;
    const stored = member && store.get(member.collection, member.id);
    if (member && stored) {
      if (operation.method === "GET") return ok(store.advance(member.collection, stored));
      if (operation.method === "POST") {
        echo(stored, body);
        if (body?.metadata !== undefined) stored.metadata = body.metadata;
        return ok(stored);
      }
      if (operation.method === "DELETE") {
        store.remove(member.collection, member.id);
        return ok({ ...sampleOf(operation), id: member.id, deleted: true });
      }
    }
    const answer = sampleOf(operation);
    echo(answer, body);
    if ("id" in answer) answer.id = ids.at(-1) ?? store.newId(path);
    if ("deleted" in answer) answer.deleted = true;
    // Something never created here but asked after by id has finished, so pollers end.
    const finished = lastStatus(answer.object);
    if (finished && "status" in answer) answer.status = finished;
    return ok(answer);
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? "/", origin);
    const raw = await readBody(req);
    const method = req.method ?? "GET";
    const headers = Object.fromEntries(
      Object.entries(req.headers).map(([name, value]) => [
        name,
        Array.isArray(value) ? value.join(", ") : (value ?? ""),
      ]),
    );
    const apiKey = headers.authorization?.replace(/^Bearer\s+/i, "") || undefined;
    const path = url.pathname.replace(/^\/v1(?=\/)/, "");
    const found = url.pathname.startsWith("/v1/") ? description.match(method, path) : undefined;
    const record = (entry: Partial<StandInRequest> & { status: number }) => {
      requests.push({
        method,
        path: `${path}${url.search}`,
        operationId: found?.operation.operationId,
        route: found?.operation.path,
        apiKey,
        headers,
        query: {},
        body: undefined,
        violations: [],
        ...entry,
      });
    };
    const send = (status: number, head: Record<string, string>, body: string | Buffer) => {
      res.writeHead(status, head);
      res.end(body);
    };

    if (!found) {
      const message = `Invalid URL (${method} ${url.pathname})`;
      record({ status: 404, violations: [`${message}: no operation of OpenAI's description`] });
      return send(404, JSON_TYPE, openaiError(message, "invalid_request_error", null));
    }
    const { operation, params } = found;
    if (operation.secured && !apiKey) {
      record({ status: 401, violations: ["no API key"] });
      return send(
        401,
        JSON_TYPE,
        openaiError(
          "You didn't provide an API key. You need to provide your API key in an Authorization header using Bearer auth (i.e. Authorization: Bearer YOUR_KEY).",
          "invalid_request_error",
          null,
        ),
      );
    }
    if (operation.secured && apiKey && !acceptKey(apiKey)) {
      record({ status: 401, violations: [] });
      return send(
        401,
        JSON_TYPE,
        openaiError("Incorrect API key provided.", "invalid_request_error", "invalid_api_key"),
      );
    }
    const checked = await checker.check(operation, url, headers["content-type"] ?? "", raw);
    const { violations, body, query } = checked;
    if (violations.length > 0) {
      record({ status: 400, violations, body, query });
      const message = `OpenAI stand-in: ${method} /v1${operation.path} does not match OpenAI's API description: ${violations.join("; ")}`;
      return send(
        400,
        { ...JSON_TYPE, "x-stand-in-violations": JSON.stringify(violations) },
        openaiError(message, "invalid_request_error", "stand_in_invalid_request", checked.param),
      );
    }
    const failure = takeFailure(method, path, operation);
    if (failure?.disconnect) {
      record({ status: 0, body, query });
      return req.socket.destroy();
    }
    if (failure && !afterPerforming(failure)) {
      const answer = failureResponse(failure);
      record({ status: answer.status, body, query });
      return send(answer.status, answer.headers, answer.body);
    }
    const answer = perform(operation, path, params, body, query, checked.files);
    const head = {
      ...answer.headers,
      "x-request-id": `req_${randomBytes(8).toString("hex")}`,
      "openai-processing-ms": "12",
      "x-ratelimit-remaining-requests": "59",
      "x-ratelimit-remaining-tokens": "149000",
    };
    if (failure?.loseResponse) {
      record({ status: answer.status, body, query, delivery: "lost" });
      return req.socket.destroy();
    }
    if (failure?.slowResponse !== undefined) {
      record({ status: answer.status, body, query, delivery: "delayed" });
      const timer = setTimeout(() => {
        timers.delete(timer);
        if (!res.destroyed) send(answer.status, head, answer.body);
      }, failure.slowResponse);
      timers.add(timer);
      return;
    }
    record({ status: answer.status, body, query });
    send(answer.status, head, answer.body);
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500, JSON_TYPE);
      res.end(openaiError(`OpenAI stand-in failed: ${(error as Error).message}`, "server_error", null));
    });
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url: origin,
    baseUrl: `${origin}/v1`,
    requests,
    description,
    failNext(route, failure, times = 1) {
      if (!Number.isInteger(times) || times < 1)
        throw new TypeError("OpenAI stand-in: times must be a whole number of at least 1");
      pending.push({ route, failure, remaining: times });
    },
    objects: (collection) => store.list(collection),
    reset() {
      requests.length = 0;
      pending = [];
      store.clear();
      contents.clear();
    },
    close() {
      for (const timer of timers) clearTimeout(timer);
      server.closeAllConnections();
      return new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
    },
  };
}
