import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";

/** One request the fake service received, parsed. */
export interface FakeServiceRequest {
  /** `GET`, `POST`, ... */
  readonly method: string;
  /** The path without the query string: `/repos/acme/app/issues`. */
  readonly path: string;
  /** The query string's parameters. */
  readonly query: Readonly<Record<string, string>>;
  /** The path parameters of the route that answered: `{ owner: "acme", repo: "app" }`. */
  readonly params: Readonly<Record<string, string>>;
  /** Headers, lower-case names. */
  readonly headers: Readonly<Record<string, string>>;
  /** A JSON body parsed, a form-encoded one (Slack's Web API) as its fields, any other as text; undefined when empty. */
  readonly body: unknown;
  /** The route that answered (`POST /repos/{owner}/{repo}/issues`), or undefined when none did. */
  readonly route: string | undefined;
}

/** What the fake service answers: status 200 and a JSON body unless said otherwise. */
export interface FakeServiceResponse {
  /** HTTP status; 200 by default. */
  readonly status?: number;
  /** Response headers (`retry-after`, `x-ratelimit-reset`, ...). */
  readonly headers?: Readonly<Record<string, string>>;
  /** Sent as JSON, or as it is when a string; `{}` by default. */
  readonly body?: unknown;
}

/** A route's answer: always the same, or computed from the request. */
export type FakeServiceAnswer =
  | FakeServiceResponse
  | ((request: FakeServiceRequest) => FakeServiceResponse | Promise<FakeServiceResponse>);

/** Options of {@link startFakeService}. */
export interface FakeServiceOptions {
  /** Answers by route, `"METHOD /path/{param}"`: `{ "POST /repos/{owner}/{repo}/issues": { status: 201, body: {...} } }`. */
  readonly routes?: Readonly<Record<string, FakeServiceAnswer>>;
  /** Port on 127.0.0.1; a free one by default. */
  readonly port?: number;
}

/** A scripted HTTP service on 127.0.0.1 to point an integration's `baseUrl` at in your tests. */
export interface FakeService {
  /** `http://127.0.0.1:<port>`. */
  readonly url: string;
  /** Every request received, in order. */
  readonly requests: readonly FakeServiceRequest[];
  /** The requests no route answered; each got a 404 naming the route to add. */
  readonly unmatched: readonly FakeServiceRequest[];
  /** Adds a route, or replaces the answer of an existing one. */
  route(route: string, answer: FakeServiceAnswer): void;
  /** Answers the next request to `route` with `response` once, before its usual answer: a rate limit, an outage. */
  answerNext(route: string, response: FakeServiceResponse): void;
  /** Forgets the requests received (routes and queued answers stay). */
  clearRequests(): void;
  /** Stops the service and drops open connections. */
  close(): Promise<void>;
}

/** A route the fake service cannot read: the message shows the expected shape. */
export class FakeServiceRouteError extends Error {
  /** Stable code for programmatic checks. */
  readonly code = "FAKE_SERVICE_ROUTE";
  constructor(route: string) {
    super(
      `Fake service: the route "${route}" is not "METHOD /path" (for example "POST /repos/{owner}/{repo}/issues" or "POST /api/chat.postMessage"); use "*" as the method to match any.`,
    );
    this.name = "FakeServiceRouteError";
  }
}

interface Route {
  readonly key: string;
  readonly method: string;
  readonly pattern: RegExp;
  readonly names: readonly string[];
  answer: FakeServiceAnswer | undefined;
  readonly queued: FakeServiceResponse[];
}

const ROUTE = /^([A-Z]+|\*) (\/\S*)$/;

function parseRoute(key: string): Route {
  const match = ROUTE.exec(key.trim());
  if (!match) throw new FakeServiceRouteError(key);
  const [, method = "", path = ""] = match;
  const names: string[] = [];
  const source = path
    .split(/(\{[^}/]+\})/)
    .map((part) => {
      if (!/^\{[^}/]+\}$/.test(part)) return part.replace(/[.*+?^$()|[\]\\]/g, "\\$&");
      names.push(part.slice(1, -1));
      return "([^/]+)";
    })
    .join("");
  return { key, method, pattern: new RegExp(`^${source}/?$`), names, answer: undefined, queued: [] };
}

function flatHeaders(headers: IncomingHttpHeaders): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined) flat[name] = Array.isArray(value) ? value.join(", ") : value;
  }
  return flat;
}

function parseBody(text: string, contentType: string | undefined): unknown {
  if (text === "") return undefined;
  if (contentType?.includes("application/x-www-form-urlencoded")) return Object.fromEntries(new URLSearchParams(text));
  if (contentType?.includes("json") || /^\s*[[{]/.test(text)) {
    try {
      return JSON.parse(text);
    } catch {
      return text;
    }
  }
  return text;
}

/**
 * Starts a scripted stand-in for a service's HTTP API on 127.0.0.1, so a test runs your job's
 * integrations and their vendor clients for real against answers you choose: point the
 * integration's `baseUrl` at `url`, script the routes your job calls, and read `requests`
 * afterwards. A request no route answers gets a 404 whose message names the route to add.
 */
export async function startFakeService(options: FakeServiceOptions = {}): Promise<FakeService> {
  const routes: Route[] = [];
  const requests: FakeServiceRequest[] = [];
  const unmatched: FakeServiceRequest[] = [];

  const routeFor = (key: string): Route => {
    const existing = routes.find((route) => route.key === key);
    if (existing) return existing;
    const route = parseRoute(key);
    routes.push(route);
    return route;
  };
  for (const [key, answer] of Object.entries(options.routes ?? {})) routeFor(key).answer = answer;

  const answer = async (request: Omit<FakeServiceRequest, "params" | "route">) => {
    for (const route of routes) {
      if (route.method !== "*" && route.method !== request.method) continue;
      const match = route.pattern.exec(request.path);
      if (!match || (route.queued.length === 0 && route.answer === undefined)) continue;
      const params = Object.fromEntries(
        route.names.map((name, index) => [name, decodeURIComponent(match[index + 1] ?? "")]),
      );
      const recorded: FakeServiceRequest = { ...request, params, route: route.key };
      requests.push(recorded);
      const queued = route.queued.shift();
      if (queued) return queued;
      const handler = route.answer as FakeServiceAnswer;
      return typeof handler === "function" ? await handler(recorded) : handler;
    }
    const recorded: FakeServiceRequest = { ...request, params: {}, route: undefined };
    requests.push(recorded);
    unmatched.push(recorded);
    const missing = `${request.method} ${request.path}`;
    return {
      status: 404,
      body: {
        message: `The fake service has no route for ${missing}: add one with startFakeService({ routes: { "${missing}": { body: ... } } }) or service.route("${missing}", ...).`,
      },
    };
  };

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const url = new URL(req.url ?? "/", "http://127.0.0.1");
      const headers = flatHeaders(req.headers);
      const request = {
        method: req.method ?? "GET",
        path: url.pathname,
        query: Object.fromEntries(url.searchParams),
        headers,
        body: parseBody(Buffer.concat(chunks).toString("utf8"), headers["content-type"]),
      };
      answer(request).then(
        ({ status = 200, headers: extra = {}, body = {} }) => {
          res.writeHead(status, { "content-type": "application/json; charset=utf-8", ...extra });
          res.end(typeof body === "string" ? body : JSON.stringify(body));
        },
        (error: unknown) => {
          res.writeHead(500, { "content-type": "application/json; charset=utf-8" });
          res.end(
            JSON.stringify({
              message: `The fake service's answer for ${request.method} ${request.path} threw: ${String(error)}`,
            }),
          );
        },
      );
    });
  });
  // Clients keep connections alive; closing an idle one while a client reuses it resets a request.
  server.keepAliveTimeout = 120_000;
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, "127.0.0.1", resolve);
  });
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    unmatched,
    route(key, handler) {
      routeFor(key).answer = handler;
    },
    answerNext(key, response) {
      routeFor(key).queued.push(response);
    },
    clearRequests() {
      requests.splice(0);
      unmatched.splice(0);
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
