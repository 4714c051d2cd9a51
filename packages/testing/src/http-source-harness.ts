import { randomBytes } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { RunHarnessError } from "./errors.js";
import { type EventRule, matchesEventRule } from "./match-event-rule.js";
import {
  type ConnectionAuth,
  type RunHarness,
  type RunHarnessOptions,
  startRunHarness,
  type TriggerClientLike,
} from "./run-harness.js";
import type { DisplayProperty, RunResult } from "./run-result.js";
import { SourceRegistrationError } from "./source-registration-error.js";

/** The API version the harness announces, as `startRunHarness` does. */
const SERVER_VERSION = "2023-11-01";
/** The event name of the job the SDK defines for each source (`REGISTER_SOURCE_EVENT_V2`). */
const REGISTER_SOURCE_EVENT = "dev.trigger.source.register.v2";

/** A source as the client announces it in its index (`INDEX_ENDPOINT`). */
interface IndexedSource {
  key: string;
  params: unknown;
  channel: string;
  options: Record<string, string[]>;
  registerSourceJob?: { id: string };
}

interface IndexedJob {
  id: string;
  version: string;
  internal?: boolean;
  preprocessRuns?: boolean;
  trigger: { rule?: EventRule };
}

/** What Trigger.dev keeps about a registered source: its secret and what the register job stored. */
export interface SourceState {
  readonly key: string;
  readonly params: unknown;
  /** The URL the service's webhook points at. */
  readonly url: string;
  /**
   * The source's secret, which deliveries carry to the handler: the one Trigger.dev generated, or
   * the one the register job reported (a service that issues its own, such as Stripe).
   */
  secret: string;
  /** Set once a register job reported the hook (`io.updateSource`); until then deliveries are refused. */
  active: boolean;
  /** Why the last registration failed, when it did. */
  registrationError: SourceRegistrationError | undefined;
  /** What the register job returned as `data` (the hook, for GitHub). */
  data: unknown;
  /** Option values (`event`: the events) the service now sends, as the register job reported them. */
  options: Record<string, string[]>;
}

/** Options of {@link HttpSourceHarness.registerSource}. */
export interface RegisterSourceOptions {
  /** The webhook URL Trigger.dev would expose; a loopback URL unless given. */
  readonly url?: string;
  /** The source's secret; random unless given. */
  readonly secret?: string;
  /** Connections of the register job, keyed `integration` as the SDK names it. */
  readonly connections?: Readonly<Record<string, ConnectionAuth | string>>;
}

/** One HTTP request as the service would send it to the source's URL. */
export interface WebhookRequest {
  /** The source key (from `registerSource`, or `sources()`). */
  readonly key: string;
  readonly method?: string;
  readonly headers: Readonly<Record<string, string>>;
  /** The body exactly as sent: signatures cover these bytes. */
  readonly body: string;
  /** Connections of the runs the delivery starts. */
  readonly connections?: Readonly<Record<string, ConnectionAuth | string>>;
}

/** An event the source's handler produced. */
export interface DeliveredEvent {
  readonly id?: string;
  readonly name: string;
  readonly source?: string;
  readonly payload: unknown;
  readonly context?: unknown;
}

/** An HTTP answer: status, body and headers. */
export interface SourceResponse {
  readonly status: number;
  readonly body?: unknown;
  readonly headers?: Record<string, string>;
}

/** What one delivery did. */
export interface WebhookDeliveryResult {
  /**
   * What the sender (GitHub, ...) receives: Trigger.dev stores the request and answers `200` with
   * an empty body before the source's handler runs, whatever the handler then decides.
   */
  readonly response: SourceResponse;
  /**
   * What the source's handler answered: its verdict (`401` for a forged delivery). Trigger.dev
   * keeps it and never sends it to the sender.
   */
  readonly handlerResponse: SourceResponse;
  /** Events the handler produced. */
  readonly events: readonly DeliveredEvent[];
  /** Events dropped because an event with the same id was delivered before, as the service does. */
  readonly duplicates: readonly DeliveredEvent[];
  /** One run per job whose trigger matched an event, in order. */
  readonly runs: readonly RunResult[];
  /**
   * For each run, the properties the job's trigger computed for it (`PREPROCESS_RUN`, which the
   * service sends first for triggers that ask for it, such as external sources); `[]` otherwise.
   */
  readonly runProperties: readonly (readonly DisplayProperty[])[];
}

/** A {@link RunHarness} that also plays Trigger.dev's part for HTTP sources (webhook triggers). */
export interface HttpSourceHarness {
  /** `apiKey` and `apiUrl` for the `TriggerClient`: the run API stand-in plus the sources route. */
  readonly clientOptions: { readonly apiKey: string; readonly apiUrl: string };
  /** The run harness underneath (its `api`, `clock`, `runJob`). */
  readonly harness: RunHarness;
  /** Registered sources by key. */
  readonly sources: ReadonlyMap<string, SourceState>;
  /** The keys of the HTTP sources the client's jobs declare. */
  sourceKeys(client: TriggerClientLike): Promise<string[]>;
  /**
   * Runs the source's register job with `REGISTER_SOURCE_EVENT_V2` (the desired, missing and
   * orphaned events computed from what was registered before) and keeps what it stored. Rejects
   * with a {@link SourceRegistrationError} naming the source and the cause when the job fails or
   * returns nothing (Trigger.dev would leave the source inactive).
   */
  registerSource(
    client: TriggerClientLike,
    key: string,
    options?: RegisterSourceOptions,
  ): Promise<{ run: RunResult; source: SourceState }>;
  /**
   * Delivers a request to a registered source as Trigger.dev does: the sender is answered `200`
   * first, then the source's handler gets the request (`DELIVER_HTTP_SOURCE_REQUEST`), then each
   * job whose trigger rule matches an event runs (event name, then source, then payload and
   * context filters, as the service matches them). Rejects with a {@link SourceRegistrationError}
   * when the source's registration did not activate it.
   */
  deliverWebhook(client: TriggerClientLike, request: WebhookRequest): Promise<WebhookDeliveryResult>;
  /** Stops the servers. */
  close(): Promise<void>;
}

const readBody = (req: IncomingMessage) =>
  new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => resolve(Buffer.concat(chunks)));
    req.on("error", reject);
  });

/**
 * Starts an {@link HttpSourceHarness}: a run harness, and in front of its run API stand-in a
 * loopback server that answers the SDK's `PUT /api/v2/:client/sources/:key` (what a register job
 * stores) and forwards every other request to the stand-in.
 */
export async function startHttpSourceHarness(options: RunHarnessOptions = {}): Promise<HttpSourceHarness> {
  const harness = await startRunHarness(options);
  const { apiKey } = harness.clientOptions;
  const sources = new Map<string, SourceState>();
  const seenEventIds = new Set<string>();

  const updateSource = (key: string, update: Record<string, unknown>) => {
    const source = sources.get(key);
    if (!source) throw new RunHarnessError(`a register job updated the source "${key}", which was never registered.`);
    source.active = true;
    if (update.data !== undefined) source.data = update.data;
    if (typeof update.secret === "string" && update.secret) source.secret = update.secret;
    if (update.options && typeof update.options === "object")
      source.options = update.options as Record<string, string[]>;
    return { id: `source_${key}`, key };
  };

  const proxy = createServer(async (req: IncomingMessage, res: ServerResponse) => {
    try {
      const body = await readBody(req);
      const path = (req.url ?? "/").split("?")[0] ?? "/";
      const sourceRoute = /^\/api\/v2\/[^/]+\/sources\/([^/]+)$/.exec(path);
      if (req.method === "PUT" && sourceRoute) {
        if (req.headers.authorization !== `Bearer ${apiKey}`) {
          res.writeHead(401, { "content-type": "application/json" }).end(JSON.stringify({ error: "wrong API key" }));
          return;
        }
        const answer = updateSource(
          decodeURIComponent(sourceRoute[1] ?? ""),
          JSON.parse(body.toString("utf8") || "{}"),
        );
        res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(answer));
        return;
      }
      const headers = Object.fromEntries(
        Object.entries(req.headers).filter(
          (entry): entry is [string, string] =>
            typeof entry[1] === "string" && !["host", "content-length", "connection"].includes(entry[0]),
        ),
      );
      const forwarded = await fetch(`${harness.api.url}${req.url ?? "/"}`, {
        method: req.method,
        headers,
        body: req.method === "GET" || req.method === "HEAD" ? undefined : body,
      });
      const answer = Buffer.from(await forwarded.arrayBuffer());
      res.writeHead(forwarded.status, Object.fromEntries(forwarded.headers)).end(answer);
    } catch (error) {
      res.writeHead(500, { "content-type": "application/json" }).end(JSON.stringify({ error: String(error) }));
    }
  });
  await new Promise<void>((resolve) => proxy.listen(0, "127.0.0.1", resolve));
  const { port } = proxy.address() as AddressInfo;

  const send = async (client: TriggerClientLike, action: string, headers: Record<string, string>, body?: string) => {
    const response = await client.handleRequest(
      new Request("http://127.0.0.1/api/trigger", {
        method: "POST",
        headers: {
          "x-trigger-api-key": apiKey,
          "x-trigger-action": action,
          "x-trigger-version": SERVER_VERSION,
          ...headers,
        },
        body,
      }),
    );
    if (response.status !== 200) {
      const message = (response.body as { message?: string } | undefined)?.message ?? JSON.stringify(response.body);
      throw new RunHarnessError(`${action} answered HTTP ${response.status}: ${message}`);
    }
    return response.body;
  };

  const index = async (client: TriggerClientLike) =>
    (await send(client, "INDEX_ENDPOINT", {})) as { jobs: IndexedJob[]; sources: IndexedSource[] };

  const sourceKeys: HttpSourceHarness["sourceKeys"] = async (client) =>
    (await index(client)).sources.filter((source) => source.channel === "HTTP").map((source) => source.key);

  const registerSource: HttpSourceHarness["registerSource"] = async (client, key, registerOptions = {}) => {
    const indexed = (await index(client)).sources.find((source) => source.key === key);
    if (!indexed) {
      const known = (await sourceKeys(client)).map((name) => `"${name}"`).join(", ") || "none";
      throw new RunHarnessError(
        `the TriggerClient "${client.id}" declares no source "${key}" (its sources: ${known}).`,
      );
    }
    const previous = sources.get(key);
    const state: SourceState = previous ?? {
      key,
      params: indexed.params,
      url: registerOptions.url ?? `http://127.0.0.1:${port}/api/v1/sources/http/${encodeURIComponent(key)}`,
      secret: registerOptions.secret ?? randomBytes(24).toString("hex"),
      active: false,
      registrationError: undefined,
      data: undefined,
      options: {},
    };
    sources.set(key, state);
    const diff = Object.fromEntries(
      Object.entries<string[]>({ event: [], ...indexed.options }).map(([name, wanted]) => {
        // The SDK appends each job's events to the source's options, repeats included; the service keeps each once.
        const desired = [...new Set(wanted)];
        const current = state.options[name] ?? [];
        return [
          name,
          {
            desired,
            missing: desired.filter((value) => !current.includes(value)),
            orphaned: current.filter((value) => !desired.includes(value)),
          },
        ];
      }),
    );
    const payload = {
      id: key,
      source: {
        key,
        params: indexed.params,
        active: state.active,
        secret: state.secret,
        ...(state.data === undefined ? {} : { data: state.data }),
        channel: { type: "HTTP", url: state.url },
        clientId: client.id,
      },
      options: diff,
    };
    const run = await harness.runJob(client, indexed.registerSourceJob?.id ?? key, payload, {
      eventName: REGISTER_SOURCE_EVENT,
      connections: registerOptions.connections,
    });
    // The service activates a source only when its register job reports the hook (io.updateSource).
    if (run.status !== "SUCCESS" || !state.active) {
      state.registrationError = new SourceRegistrationError({ sourceKey: key, run, during: "registration" });
      throw state.registrationError;
    }
    state.registrationError = undefined;
    return { run, source: state };
  };

  /** `PREPROCESS_RUN`: the run's properties, or undefined when the job aborts the run. */
  const preprocess = async (client: TriggerClientLike, job: IndexedJob, event: DeliveredEvent) => {
    const answer = (await send(
      client,
      "PREPROCESS_RUN",
      { "content-type": "application/json" },
      JSON.stringify({
        event: {
          id: event.id ?? `evt_${randomBytes(6).toString("hex")}`,
          name: event.name,
          payload: event.payload ?? null,
          context: event.context ?? null,
          timestamp: new Date(harness.clock.now()).toISOString(),
        },
        job: { id: job.id, version: job.version },
        run: { id: `preprocess_${randomBytes(4).toString("hex")}`, isTest: false },
        environment: { id: "env_harness", slug: "dev", type: "DEVELOPMENT" },
        organization: { id: "org_harness", title: "Run harness", slug: "harness" },
        account: { id: "account_harness", metadata: {} },
      }),
    )) as { abort?: boolean; properties?: DisplayProperty[] };
    return answer.abort ? undefined : (answer.properties ?? []);
  };

  const deliverWebhook: HttpSourceHarness["deliverWebhook"] = async (client, request) => {
    const source = sources.get(request.key);
    if (!source) {
      throw new RunHarnessError(
        `no source "${request.key}" was registered. Call registerSource(client, "${request.key}") first.`,
      );
    }
    if (!source.active) {
      throw new SourceRegistrationError({
        sourceKey: source.key,
        run: source.registrationError?.run,
        during: "delivery",
      });
    }
    // Trigger.dev answers the sender here, before the handler runs, and never forwards the handler's answer.
    const response: SourceResponse = { status: 200 };
    const method = request.method ?? "POST";
    let answer: { events?: DeliveredEvent[]; response?: SourceResponse };
    try {
      answer = (await send(
        client,
        "DELIVER_HTTP_SOURCE_REQUEST",
        {
          "x-ts-key": source.key,
          "x-ts-secret": source.secret,
          "x-ts-params": JSON.stringify(source.params ?? null),
          "x-ts-data": JSON.stringify(source.data ?? null),
          "x-ts-http-url": source.url,
          "x-ts-http-method": method,
          "x-ts-http-headers": JSON.stringify(request.headers),
        },
        method === "GET" ? undefined : request.body,
      )) as typeof answer;
    } catch (error) {
      throw new RunHarnessError(
        `the handler of the source "${source.key}" failed (${error instanceof Error ? error.message : String(error)}). ` +
          "The sender had already been answered 200, so it will not send the delivery again.",
        { cause: error },
      );
    }
    const events: DeliveredEvent[] = [];
    const duplicates: DeliveredEvent[] = [];
    for (const event of answer.events ?? []) {
      if (event.id !== undefined && seenEventIds.has(event.id)) duplicates.push(event);
      else events.push(event);
      if (event.id !== undefined) seenEventIds.add(event.id);
    }
    const jobs = (await index(client)).jobs.filter((job) => !job.internal && job.trigger.rule);
    const runs: RunResult[] = [];
    const runProperties: DisplayProperty[][] = [];
    for (const event of events) {
      for (const job of jobs) {
        if (!matchesEventRule(job.trigger.rule as EventRule, event)) continue;
        const properties = job.preprocessRuns ? await preprocess(client, job, event) : [];
        if (properties === undefined) continue;
        runProperties.push(properties);
        runs.push(
          await harness.runJob(client, job.id, event.payload, {
            eventName: event.name,
            eventContext: event.context,
            connections: request.connections,
          }),
        );
      }
    }
    const handlerResponse = answer.response ?? { status: 200, body: { ok: true } };
    return { response, handlerResponse, events, duplicates, runs, runProperties };
  };

  return {
    clientOptions: { apiKey, apiUrl: `http://127.0.0.1:${port}` },
    harness,
    sources,
    sourceKeys,
    registerSource,
    deliverWebhook,
    close: async () => {
      proxy.closeAllConnections();
      await new Promise<void>((resolve, reject) => proxy.close((error) => (error ? reject(error) : resolve())));
      await harness.close();
    },
  };
}
