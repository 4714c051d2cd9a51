import { randomBytes } from "node:crypto";
import { RunHarnessError } from "./errors.js";
import { type EventRule, matchesEventRule } from "./match-event-rule.js";
import type { SourceState } from "./run-api-stand-in.js";
import {
  type ConnectionAuth,
  type RunHarness,
  type RunHarnessOptions,
  startRunHarness,
  type TriggerClientLike,
} from "./run-harness.js";
import type { DisplayProperty, RunResult } from "./run-result.js";
import { SourceRegistrationError } from "./source-registration-error.js";
import { type IndexedJob, indexClient, sendAction, storeRequest } from "./trigger-protocol.js";

export type { SourceState } from "./run-api-stand-in.js";

/** The event name of the job the SDK defines for each source (`REGISTER_SOURCE_EVENT_V2`). */
const REGISTER_SOURCE_EVENT = "dev.trigger.source.register.v2";

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
  /** The source key (from `registerSource`, or `sourceKeys()`). */
  readonly key: string;
  /** The request as the service sends it (its URL is replaced by the source's); signatures cover its body's bytes. */
  readonly request: Request;
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
  /** `apiKey` and `apiUrl` for the `TriggerClient`: the run API stand-in, which also stores what register jobs report. */
  readonly clientOptions: { readonly apiKey: string; readonly apiUrl: string };
  /** The run harness underneath (its `api`, `clock`, `runJob`). */
  readonly harness: RunHarness;
  /** Registered sources by key (the run API stand-in's). */
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

/**
 * Starts an {@link HttpSourceHarness}: a run harness whose run API stand-in also answers the SDK's
 * `PUT /api/v2/:client/sources/:key` (what a register job stores), and the service's side of
 * registration and delivery.
 */
export async function startHttpSourceHarness(options: RunHarnessOptions = {}): Promise<HttpSourceHarness> {
  const harness = await startRunHarness(options);
  const { apiKey } = harness.clientOptions;
  const { sources } = harness.api;
  const seenEventIds = new Set<string>();
  const send = (client: TriggerClientLike, action: string, headers: Record<string, string>, body?: string) =>
    sendAction(client, apiKey, action, { headers, ...(body === undefined ? {} : { body }) });

  const sourceKeys: HttpSourceHarness["sourceKeys"] = async (client) =>
    (await indexClient(client, apiKey)).sources
      .filter((source) => source.channel === "HTTP")
      .map((source) => source.key);

  const registerSource: HttpSourceHarness["registerSource"] = async (client, key, registerOptions = {}) => {
    const indexed = (await indexClient(client, apiKey)).sources.find((source) => source.key === key);
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
      url: registerOptions.url ?? `${harness.api.url}/api/v1/sources/http/${encodeURIComponent(key)}`,
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
    const stored = await storeRequest(request.request, source.url);
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
          "x-ts-http-url": stored.url,
          "x-ts-http-method": stored.method,
          "x-ts-http-headers": JSON.stringify(stored.headers),
        },
        stored.method === "GET" || stored.method === "HEAD" ? undefined : stored.rawBody,
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
    const jobs = (await indexClient(client, apiKey)).jobs.filter((job) => !job.internal && job.trigger.rule);
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
    clientOptions: harness.clientOptions,
    harness,
    sources,
    sourceKeys,
    registerSource,
    deliverWebhook,
    close: () => harness.close(),
  };
}
