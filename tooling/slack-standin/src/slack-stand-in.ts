import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterPerforming, type ForcedFailure, failureResponse, type PendingFailure } from "./forced-failure.js";
import { MessageStore, type StoredMessage } from "./message-store.js";
import { collectionKey, pageOf } from "./paginated-collection.js";
import { loadSlackApiDescription, type SlackMethod } from "./slack-api-description.js";
import { uploadMethods } from "./upload-methods.js";

/** Settings of {@link startSlackStandIn}. */
export interface SlackStandInOptions {
  /** Port on 127.0.0.1; 0 (the default) picks a free one. */
  port?: number;
  /** Which tokens authenticate; by default any Slack-shaped token (`xoxb-...`, `xoxp-...`). */
  acceptToken?: (token: string) => boolean;
  /** How many items each cursor-paginated method holds (default 5). */
  collectionSize?: number;
}

/** One Web API call the stand-in received. */
export interface StandInRequest {
  /** The Web API method (`chat.postMessage`), or `upload` for a file body sent to an upload URL. */
  readonly method: string;
  /** Arguments from the query and the body, as strings the way they came over the wire. */
  readonly params: Readonly<Record<string, string>>;
  /** The token the call carried, so tests can check which credential was used. */
  readonly token: string | undefined;
  /** The `ok` the stand-in answered, or the HTTP status when it answered no JSON. */
  readonly outcome: string | number;
  /** Set when a forced failure spoiled the answer of a call that was performed: `lost` or `delayed`. */
  readonly delivery?: "lost" | "delayed";
}

/** A running stand-in of Slack's Web API on 127.0.0.1. */
export interface SlackStandIn {
  /** Origin, `http://127.0.0.1:<port>`. */
  readonly url: string;
  /** The Web API root to give the client (`slackApiUrl`, or `baseUrl` of `@acme/slack`). */
  readonly apiUrl: string;
  /** Every call received so far, in arrival order. */
  readonly requests: StandInRequest[];
  /** The methods served: Slack's description plus the upload methods. */
  readonly methods: ReadonlyMap<string, SlackMethod>;
  /** Fails the next `times` calls (default 1) of `method` (`"*"`: any method) with `failure`. */
  failNext(method: string, failure: ForcedFailure, times?: number): void;
  /** The messages chat.postMessage stored in `channel`, oldest first, with their metadata. */
  messages(channel: string): StoredMessage[];
  /** Forgets recorded requests, pending failures and stored messages. */
  reset(): void;
  /** Stops the server and drops open connections. */
  close(): Promise<void>;
}

const SLACK_TOKEN = /^xox[a-z]-\S+$/;
const JSON_TYPE = { "content-type": "application/json; charset=utf-8" };

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

/** Query and body arguments; objects in a JSON body are kept as JSON text, as a form would carry them. */
function argumentsOf(url: URL, contentType: string, body: string): Record<string, string> {
  const params: Record<string, string> = Object.fromEntries(url.searchParams);
  if (contentType.includes("application/x-www-form-urlencoded"))
    Object.assign(params, Object.fromEntries(new URLSearchParams(body)));
  if (contentType.includes("application/json") && body) {
    for (const [key, value] of Object.entries(JSON.parse(body) as Record<string, unknown>)) {
      params[key] = typeof value === "string" ? value : JSON.stringify(value);
    }
  }
  return params;
}

/**
 * Starts a stand-in of Slack's Web API driven by Slack's published description: it checks the
 * token and each method's required arguments, answers with the description's example response
 * (paging list methods by cursor), keeps the messages posted to each channel for
 * conversations.history and conversations.replies, and fails calls on demand the way Slack does.
 */
export async function startSlackStandIn(options: SlackStandInOptions = {}): Promise<SlackStandIn> {
  const { port = 0, acceptToken = (token: string) => SLACK_TOKEN.test(token), collectionSize = 5 } = options;
  const methods = loadSlackApiDescription();
  for (const method of uploadMethods) methods.set(method.name, method);
  const requests: StandInRequest[] = [];
  const store = new MessageStore(methods.get("chat.postMessage")?.example ?? {});
  const timers = new Set<NodeJS.Timeout>();
  let pending: PendingFailure[] = [];
  let uploads = 0;
  let origin = "";

  const takeFailure = (method: string): ForcedFailure | undefined => {
    const match = pending.find((p) => p.method === method || p.method === "*");
    if (!match) return undefined;
    match.remaining -= 1;
    if (match.remaining <= 0) pending = pending.filter((p) => p !== match);
    return match.failure;
  };

  /** The successful answer for a call whose token and arguments passed. */
  const answer = (method: SlackMethod, params: Record<string, string>): Record<string, unknown> => {
    // Messages are state: what was posted is what history and replies read back.
    if (method.name === "chat.postMessage") return store.post(params);
    if (method.name === "conversations.history" && store.has(params.channel)) return store.history(params);
    if (method.name === "conversations.replies" && store.has(params.channel)) return store.replies(params);
    const key = collectionKey(method);
    if (key) return pageOf(method, key, collectionSize, params) ?? { ok: false, error: "invalid_cursor" };
    const result = structuredClone(method.example);
    if (typeof result.channel === "string" && params.channel) result.channel = params.channel;
    if (method.name === "files.getUploadURLExternal") {
      uploads += 1;
      result.file_id = `F0UPL0AD${uploads}`;
      result.upload_url = `${origin}/upload/${result.file_id}`;
    }
    if (method.name === "files.completeUploadExternal") {
      const files = JSON.parse(params.files ?? "[]") as { id: string; title?: string }[];
      result.files = files.map(({ id, title }) => ({ id, title: title ?? id, name: title ?? id }));
    }
    return result;
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? "/", origin);
    const body = await readBody(req);
    const header = req.headers.authorization;
    const send = (status: number, headers: Record<string, string>, text: string) => {
      res.writeHead(status, headers);
      res.end(text);
    };

    if (url.pathname.startsWith("/upload/")) {
      requests.push({ method: "upload", params: { file_id: url.pathname.slice(8) }, token: undefined, outcome: 200 });
      return send(200, { "content-type": "text/plain" }, `OK - ${Buffer.byteLength(body)}`);
    }

    const name = url.pathname.replace(/^\/api\//, "");
    const params = argumentsOf(url, req.headers["content-type"] ?? "", body);
    const token = header?.replace(/^Bearer\s+/i, "") ?? params.token;
    delete params.token;
    let failure: ForcedFailure | undefined;
    const reply = (result: Record<string, unknown>, extra: Record<string, string> = {}) => {
      const outcome = result.ok === true ? "ok" : String(result.error);
      const respond = () => send(200, { ...JSON_TYPE, ...extra }, JSON.stringify(result));
      if (failure?.loseResponse) {
        requests.push({ method: name, params, token, outcome, delivery: "lost" });
        return req.socket.destroy();
      }
      if (failure?.slowResponse !== undefined) {
        requests.push({ method: name, params, token, outcome, delivery: "delayed" });
        const timer = setTimeout(() => {
          timers.delete(timer);
          respond();
        }, failure.slowResponse);
        return timers.add(timer);
      }
      requests.push({ method: name, params, token, outcome });
      respond();
    };

    const method = methods.get(name);
    if (!url.pathname.startsWith("/api/") || !method) return reply({ ok: false, error: "unknown_method" });
    if (!token) return reply({ ok: false, error: "not_authed" });
    if (!acceptToken(token)) return reply({ ok: false, error: "invalid_auth" });

    failure = takeFailure(name);
    if (failure?.disconnect) {
      requests.push({ method: name, params, token, outcome: "disconnected" });
      return req.socket.destroy();
    }
    if (failure && !afterPerforming(failure)) {
      const { status, headers, body: text } = failureResponse(failure);
      requests.push({ method: name, params, token, outcome: status === 200 ? String(failure.error) : status });
      return send(status, headers, text);
    }

    const missing = method.required.filter((param) => !params[param]);
    if (missing.length > 0) {
      return reply({
        ok: false,
        error: "invalid_arguments",
        response_metadata: { messages: missing.map((param) => `[ERROR] missing required field: ${param}`) },
      });
    }
    reply(answer(method, params), { "x-accepted-oauth-scopes": method.scopes.join(",") });
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      res.writeHead(500, JSON_TYPE);
      res.end(JSON.stringify({ ok: false, error: "stand_in_error", detail: String(error) }));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", resolve);
  });
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url: origin,
    apiUrl: `${origin}/api/`,
    requests,
    methods,
    failNext(method, failure, times = 1) {
      pending.push({ method, failure, remaining: times });
    },
    messages: (channel) => store.messages(channel),
    reset() {
      requests.splice(0);
      pending = [];
      store.clear();
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        for (const timer of timers) clearTimeout(timer);
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
