import { RunHarnessError } from "./errors.js";
import { matchesEventFilter } from "./match-event-rule.js";
import type { RunHarness, RunJobOptions, TriggerClientLike } from "./run-harness.js";
import type { RunResult } from "./run-result.js";
import {
  type IndexedHttpEndpoint,
  type IndexedJob,
  indexClient,
  type StoredHttpRequest,
  sendAction,
  storeRequest,
} from "./trigger-protocol.js";

export type { StoredHttpRequest } from "./trigger-protocol.js";

type Filter = Record<string, unknown>;

/** Options of {@link deliverHttpEndpointRequest}. */
export interface HttpEndpointRequestOptions {
  /** The endpoint's id, as given to `client.defineHttpEndpoint({ id })`. */
  readonly endpointId: string;
  /** The request the third party sends to the endpoint's URL. */
  readonly request: Request;
  /** Connections the runs it triggers receive, as in `runJob`. */
  readonly connections?: RunJobOptions["connections"];
}

/** What happened to one request delivered to an HTTP endpoint. */
export interface HttpEndpointDelivery {
  /** What the sender got back: the endpoint's `respondWith` answer, or Trigger.dev's empty 200. */
  readonly response: { readonly status: number; readonly headers: Record<string, string>; readonly body: string };
  /** Whether `respondWith` answered (its filter matched the request). */
  readonly answeredByEndpoint: boolean;
  /** When the request arrived, on the harness clock: the `ctx.event.timestamp` of every run it starts. */
  readonly receivedAt: Date;
  /** The event Trigger.dev stores for the request (`httpendpoint.<id>`), unless the answer stopped it. */
  readonly event?: { readonly name: string; readonly payload: StoredHttpRequest };
  /** One run per job whose trigger matched, each run to the end. */
  readonly runs: RunResult[];
}

const parseJson = (text: string): { ok: true; value: unknown } | { ok: false } => {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
};

/** `requestFilterMatches` of Trigger.dev: method, headers, query and JSON body, each when given. */
function requestMatches(
  stored: StoredHttpRequest,
  filter: NonNullable<IndexedHttpEndpoint["immediateResponseFilter"]>,
) {
  // An empty method list matches no request, as in Trigger.dev; a missing one matches every method.
  if (filter.method && !filter.method.includes(stored.method)) return false;
  if (filter.headers && !matchesEventFilter(stored.headers, filter.headers as Filter)) return false;
  const query = Object.fromEntries(new URL(stored.url).searchParams);
  if (filter.query && !matchesEventFilter(query, filter.query as Filter)) return false;
  if (!filter.body) return true;
  const body = parseJson(stored.rawBody);
  return body.ok && matchesEventFilter(body.value, filter.body as Filter);
}

/** How the service matches a job's rule against a stored request: JSON bodies are parsed first. */
function ruleMatches(stored: StoredHttpRequest, rule: NonNullable<IndexedJob["trigger"]["rule"]>) {
  const filter = { payload: rule.payload ?? {}, context: rule.context ?? {} };
  if (!stored.headers["content-type"]?.includes("application/json")) return matchesEventFilter(stored, filter);
  const body = parseJson(stored.rawBody);
  if (!body.ok) return false;
  const { rawBody: _raw, ...request } = stored;
  return matchesEventFilter({ payload: { ...request, body: body.value }, context: null }, filter);
}

/**
 * Delivers a request to one of the client's HTTP endpoints (`client.defineHttpEndpoint`) as
 * Trigger.dev does: when the endpoint's `respondWith` filter matches, it asks the client for the
 * answer (`DELIVER_HTTP_ENDPOINT_REQUEST_FOR_RESPONSE`); an answer other than 200, or
 * `skipTriggeringRuns`, ends there. A request the filter does not match (another method, say) gets
 * Trigger.dev's own empty 200 without the endpoint seeing it. Otherwise it stores the request as
 * the `httpendpoint.<id>` event, received now on the harness clock, and runs every job whose
 * trigger rule matches it, through `harness.runJob`, each with that time as `ctx.event.timestamp`.
 */
export async function deliverHttpEndpointRequest(
  harness: RunHarness,
  client: TriggerClientLike,
  options: HttpEndpointRequestOptions,
): Promise<HttpEndpointDelivery> {
  const receivedAt = new Date(harness.clock.now());
  const { apiKey } = harness.clientOptions;
  const index = await indexClient(client, apiKey);
  const endpoint = index.httpEndpoints?.find((candidate) => candidate.id === options.endpointId);
  if (!endpoint) {
    const known = (index.httpEndpoints ?? []).map((candidate) => `"${candidate.id}"`).join(", ") || "none";
    throw new RunHarnessError(
      `the TriggerClient "${client.id}" has no HTTP endpoint "${options.endpointId}" (its endpoints: ${known}). ` +
        `Define it with client.defineHttpEndpoint({ id: "${options.endpointId}", ... }); ids are slugified.`,
    );
  }
  const stored = await storeRequest(options.request);

  let response = { status: 200, headers: {} as Record<string, string>, body: "" };
  const answers = endpoint.immediateResponseFilter ? requestMatches(stored, endpoint.immediateResponseFilter) : false;
  if (answers) {
    const answer = (await sendAction(client, apiKey, "DELIVER_HTTP_ENDPOINT_REQUEST_FOR_RESPONSE", {
      headers: {
        "x-ts-key": endpoint.id,
        "x-ts-http-url": stored.url,
        "x-ts-http-method": stored.method,
        "x-ts-http-headers": JSON.stringify(stored.headers),
      },
      ...(stored.method === "GET" || stored.method === "HEAD" ? {} : { body: stored.rawBody }),
    })) as { status: number; headers?: Record<string, string>; body?: string };
    response = { status: answer.status, headers: answer.headers ?? {}, body: answer.body ?? "" };
    if (endpoint.skipTriggeringRuns || answer.status !== 200)
      return { response, answeredByEndpoint: true, receivedAt, runs: [] };
  }

  const event = { name: `httpendpoint.${endpoint.id}`, payload: stored };
  const runs: RunResult[] = [];
  if (endpoint.enabled === false) return { response, answeredByEndpoint: answers, receivedAt, event, runs };
  for (const job of index.jobs) {
    const rule = job.trigger.rule;
    if (!rule || rule.source !== endpoint.source) continue;
    const names = Array.isArray(rule.event) ? rule.event : [rule.event];
    if (!names.includes(event.name) || !ruleMatches(stored, rule)) continue;
    runs.push(
      await harness.runJob(client, job.id, stored, {
        eventName: event.name,
        eventTimestamp: receivedAt,
        ...(options.connections ? { connections: options.connections } : {}),
      }),
    );
  }
  return { response, answeredByEndpoint: answers, receivedAt, event, runs };
}
