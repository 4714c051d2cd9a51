import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { checkParam, type ParamProblem } from "./check-params.js";
import {
  afterPerforming,
  type ForcedFailure,
  failsWhileExecuting,
  failureAnswer,
  type PendingFailure,
} from "./forced-failure.js";
import { type FormParams, parseFormParams } from "./form-params.js";
import { IdempotencyStore } from "./idempotency-store.js";
import { newId, ObjectStore, PLATFORM, type StripeObject } from "./object-store.js";
import { performOperation } from "./perform-operation.js";
import { loadStripeApiDescription, type StripeApiDescription, type StripeOperation } from "./stripe-api-description.js";
import { type Answer, errorAnswer, invalidRequest } from "./stripe-error.js";

/** Settings of {@link startStripeStandIn}. */
export interface StripeStandInOptions {
  /** Port on 127.0.0.1; 0 (the default) picks a free one. */
  port?: number;
  /** Which API keys authenticate; by default any secret (`sk_...`) or restricted (`rk_...`) key. */
  acceptKey?: (key: string) => boolean;
}

/** One request the stand-in received, and what it answered. */
export interface StandInRequest {
  readonly method: string;
  /** The path sent, without the query (`/v1/customers/cus_123`). */
  readonly path: string;
  /** The operation of Stripe's description it matched (`POST /v1/customers/{customer}`). */
  readonly route: string | undefined;
  /** The query string and the form body, as sent. */
  readonly query: string;
  readonly body: string;
  /** Query and body parameters as Stripe reads them (nested, values as sent). */
  readonly params: FormParams;
  readonly apiKey: string | undefined;
  readonly stripeAccount: string | undefined;
  readonly idempotencyKey: string | undefined;
  readonly stripeVersion: string | undefined;
  /** The status answered (or that would have been, for a lost answer). */
  readonly status: number;
  /** True when the answer was replayed for a repeated `Idempotency-Key`. */
  readonly replayed: boolean;
  /** Set when a forced failure spoiled the answer: `lost` (performed, unanswered), `delayed`, `dropped` (not performed). */
  readonly delivery?: "lost" | "delayed" | "dropped";
  /** Stripe's error message, when the answer was an error. */
  readonly error?: string;
}

/** A running stand-in of Stripe's API on 127.0.0.1. */
export interface StripeStandIn {
  /** Origin, `http://127.0.0.1:<port>`: the `baseUrl` of `@acme/stripe`. */
  readonly url: string;
  /** Every request received so far, in arrival order. */
  readonly requests: StandInRequest[];
  /** The description requests are checked against. */
  readonly description: StripeApiDescription;
  /** Fails the next `times` requests (default 1) of `route` (`"POST /v1/charges"`, or `"*"`) with `failure`. */
  failNext(route: string, failure: ForcedFailure, times?: number): void;
  /** Stores an object as if created earlier: Stripe's example of the type with `fields` over it. */
  seed(type: string, fields?: Record<string, unknown>, account?: string): StripeObject;
  /** The objects of a type an account holds (default: the platform's), oldest first. */
  objects(type: string, account?: string): StripeObject[];
  /** The signing secret Stripe issued when a webhook endpoint was created. */
  webhookSecret(endpointId: string): string | undefined;
  /** Forgets requests, pending failures, objects and idempotency keys. */
  reset(): void;
  /** Stops the server and drops open connections. */
  close(): Promise<void>;
}

const JSON_TYPE = "application/json";
const API_VERSION = /^\d{4}-\d{2}-\d{2}(\.[a-z_]+)?$/;
const ACCOUNT = /^acct_[A-Za-z0-9]+$/;
/** Stripe's limit on an `Idempotency-Key`. */
const MAX_KEY_LENGTH = 255;

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

const header = (req: IncomingMessage, name: string) => {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
};

/** Parameters with sorted keys, so the same request always has the same fingerprint. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

function firstProblem(problems: readonly ParamProblem[]): Answer | undefined {
  const [problem] = problems;
  if (!problem) return undefined;
  return invalidRequest(problem.message, { param: problem.param, code: problem.code });
}

/**
 * Starts a stand-in of Stripe's API driven by Stripe's OpenAPI description: it checks the API key,
 * the path and method, every query and form-encoded body parameter (nested `deepObject` keys,
 * types, enums, required and unknown parameters), `Stripe-Version`, `Stripe-Account` and
 * `Idempotency-Key`; it keeps the objects each account creates and the events they cause, replays
 * the first answer for a repeated `Idempotency-Key` as Stripe does, declines Stripe's test cards,
 * and fails requests on demand (402, 429 with Stripe's retry headers, 5xx, a lost answer).
 */
export async function startStripeStandIn(options: StripeStandInOptions = {}): Promise<StripeStandIn> {
  const { port = 0, acceptKey = (key: string) => /^(sk|rk)_\S+$/.test(key) } = options;
  const description = loadStripeApiDescription();
  const requests: StandInRequest[] = [];
  const store = new ObjectStore();
  const keys = new IdempotencyStore();
  const secrets = new Map<string, string>();
  const timers = new Set<NodeJS.Timeout>();
  let pending: PendingFailure[] = [];
  let served = 0;
  let origin = "";

  const takeFailure = (method: string, path: string, operation: StripeOperation | undefined) => {
    const routes = new Set(["*", `${method} ${path}`, operation?.route]);
    const match = pending.find((p) => routes.has(p.route));
    if (!match) return undefined;
    match.remaining -= 1;
    if (match.remaining <= 0) pending = pending.filter((p) => p !== match);
    return match.failure;
  };

  const find = (method: string, path: string) => {
    for (const operation of description.operations) {
      if (operation.method !== method) continue;
      const match = operation.pattern.exec(path);
      if (match) return { operation, ids: match.slice(1).map(decodeURIComponent) };
    }
    return undefined;
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? "/", origin);
    const method = (req.method ?? "GET").toUpperCase();
    const body = await readBody(req);
    const auth = header(req, "authorization");
    const apiKey = auth?.startsWith("Bearer ") ? auth.slice(7).trim() : undefined;
    const stripeAccount = header(req, "stripe-account");
    const idempotencyKey = header(req, "idempotency-key");
    const stripeVersion = header(req, "stripe-version");
    const requestId = `req_${(++served).toString().padStart(14, "0")}`;
    const found = find(method, url.pathname);
    const account = stripeAccount ?? PLATFORM;
    let params: FormParams = {};
    const record = (answer: Answer, extra: Partial<StandInRequest> = {}) => {
      const error = (answer.body as { error?: { message?: string } } | undefined)?.error?.message;
      requests.push({
        method,
        path: url.pathname,
        route: found?.operation.route,
        query: url.search.slice(1),
        body,
        params,
        apiKey,
        stripeAccount,
        idempotencyKey,
        stripeVersion,
        status: answer.status,
        replayed: false,
        ...(error ? { error } : {}),
        ...extra,
      });
    };
    const send = (answer: Answer, extra: Record<string, string> = {}) => {
      const text = typeof answer.body === "string" ? answer.body : JSON.stringify(answer.body);
      res.writeHead(answer.status, {
        "content-type": JSON_TYPE,
        "request-id": requestId,
        ...(stripeVersion ? { "stripe-version": stripeVersion } : {}),
        ...(stripeAccount ? { "stripe-account": stripeAccount } : {}),
        ...(idempotencyKey && method === "POST" ? { "idempotency-key": idempotencyKey } : {}),
        ...answer.headers,
        ...extra,
      });
      res.end(text);
    };
    const refuse = (answer: Answer) => {
      record(answer);
      send(answer);
    };

    try {
      params = {
        ...parseFormParams(url.search.slice(1)),
        ...(method === "POST" ? parseFormParams(body) : {}),
      };
    } catch (error) {
      return refuse(invalidRequest((error as Error).message));
    }
    if (!apiKey) {
      return refuse(
        errorAnswer(401, {
          type: "invalid_request_error",
          message: "You did not provide an API key. You need to provide your API key in the Authorization header.",
        }),
      );
    }
    if (!acceptKey(apiKey)) {
      return refuse(errorAnswer(401, { type: "invalid_request_error", message: "Invalid API Key provided." }));
    }
    if (!found) {
      return refuse(
        invalidRequest(`Unrecognized request URL (${method}: ${url.pathname}). Please see https://stripe.com/docs.`),
      );
    }
    const { operation, ids } = found;
    if (stripeVersion !== undefined && !API_VERSION.test(stripeVersion)) {
      return refuse(invalidRequest(`Invalid Stripe API version: ${stripeVersion}`));
    }
    if (stripeAccount !== undefined && !ACCOUNT.test(stripeAccount)) {
      return refuse(
        errorAnswer(403, {
          type: "invalid_request_error",
          message: "The provided key does not have access to the account in Stripe-Account.",
        }),
      );
    }
    if (idempotencyKey !== undefined && (idempotencyKey === "" || idempotencyKey.length > MAX_KEY_LENGTH)) {
      return refuse(invalidRequest(`Idempotency keys must be 1 to ${MAX_KEY_LENGTH} characters long.`));
    }
    if (method === "POST" && body !== "" && !(header(req, "content-type") ?? "").includes("x-www-form-urlencoded")) {
      return refuse(invalidRequest("Stripe's v1 API takes form-encoded bodies (application/x-www-form-urlencoded)."));
    }

    const failure = takeFailure(method, url.pathname, operation);
    if (failure?.disconnect) {
      record({ status: 0, body: undefined }, { delivery: "dropped" });
      return req.socket.destroy();
    }
    if (failure && !afterPerforming(failure) && !failsWhileExecuting(failure)) return refuse(failureAnswer(failure));

    // A DELETE's parameters travel in the query, though the description puts them in a form body.
    const querySchema =
      method === "DELETE"
        ? { ...operation.query, properties: { ...operation.query.properties, ...operation.body.properties } }
        : operation.query;
    const query = checkParam(method === "POST" ? {} : params, querySchema, "");
    const form = checkParam(method === "POST" ? parseFormParams(body) : {}, operation.body, "");
    const problems = [...query.problems, ...form.problems];
    const invalid = firstProblem(problems);
    if (invalid) return refuse(invalid);
    const checked = { ...(query.value as object), ...(form.value as object) } as Record<string, unknown>;

    const keyed = method === "POST" && idempotencyKey !== undefined ? idempotencyKey : undefined;
    const lookup =
      keyed === undefined ? undefined : keys.begin(account, keyed, `${method} ${url.pathname} ${canonical(params)}`);
    if (lookup) {
      if (lookup.kind === "mismatch") {
        return refuse(
          errorAnswer(400, {
            type: "idempotency_error",
            message: `Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than '${keyed}' if you meant to execute a different request.`,
          }),
        );
      }
      if (lookup.kind === "in-flight") return refuse(failureAnswer({ status: 409 }));
    }

    const replayed = lookup?.kind === "replay";
    let answer: Answer;
    try {
      answer =
        lookup?.kind === "replay"
          ? { ...lookup.answer, headers: { ...lookup.answer.headers, "idempotent-replayed": "true" } }
          : failure && failsWhileExecuting(failure)
            ? failureAnswer(failure)
            : performOperation(operation, ids, checked, {
                store,
                fixtures: description.fixtures,
                secrets,
                account,
                apiVersion: stripeVersion ?? description.version,
                requestId,
                idempotencyKey,
                url: url.pathname,
              });
    } catch (error) {
      if (keyed !== undefined) keys.release(account, keyed);
      throw error;
    }
    if (keyed !== undefined && !replayed) keys.finish(account, keyed, answer);

    if (failure?.loseResponse) {
      record(answer, { delivery: "lost", replayed });
      return req.socket.destroy();
    }
    if (failure?.slowResponse !== undefined) {
      record(answer, { delivery: "delayed", replayed });
      const timer = setTimeout(() => {
        timers.delete(timer);
        send(answer);
      }, failure.slowResponse);
      return timers.add(timer);
    }
    record(answer, { replayed });
    send(answer);
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      res.writeHead(500, { "content-type": JSON_TYPE });
      res.end(JSON.stringify({ error: { type: "api_error", message: `stand-in failure: ${String(error)}` } }));
    });
  });
  // Clients keep connections alive; closing an idle one as a client reuses it would reset that request.
  server.keepAliveTimeout = 120_000;
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", resolve);
  });
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url: origin,
    requests,
    description,
    failNext(route, failure, times = 1) {
      pending.push({ route, failure, remaining: times });
    },
    seed(type, fields = {}, account = PLATFORM) {
      const example = description.fixtures[type] ?? { object: type };
      const prefix = typeof example.id === "string" ? example.id.split("_")[0] : type;
      const object = {
        ...structuredClone(example),
        id: newId(prefix as string),
        object: (example.object as string) ?? type,
        created: Math.floor(Date.now() / 1000),
        livemode: false,
        ...fields,
      } as StripeObject;
      return structuredClone(store.put(account, object));
    },
    objects: (type, account = PLATFORM) => structuredClone(store.list(account, type).reverse()),
    webhookSecret: (endpointId) => secrets.get(endpointId),
    reset() {
      requests.splice(0);
      pending = [];
      store.clear();
      keys.clear();
      secrets.clear();
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        for (const timer of timers) clearTimeout(timer);
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
