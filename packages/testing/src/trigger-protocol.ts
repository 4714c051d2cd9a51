import { RunHarnessError } from "./errors.js";
import type { EventRule } from "./match-event-rule.js";

/** The API version the harness announces to the endpoint, the newest a v2 SDK understands. */
export const SERVER_VERSION = "2023-11-01";

/** The part of a `TriggerClient` (from `@trigger.dev/sdk` 2.x or 3.x) the harness drives. */
export interface TriggerClientLike {
  readonly id: string;
  handleRequest(request: Request): Promise<{ status: number; body?: unknown; headers?: Record<string, string> }>;
}

/** A job as the client announces it in its index (`INDEX_ENDPOINT`). */
export interface IndexedJob {
  id: string;
  version: string;
  internal?: boolean;
  preprocessRuns?: boolean;
  event: { name: string | string[] };
  trigger: { rule?: EventRule };
}

/** A source as the client announces it in its index. */
export interface IndexedSource {
  key: string;
  params: unknown;
  channel: string;
  options: Record<string, string[]>;
  registerSourceJob?: { id: string };
}

/** An HTTP endpoint as the client announces it in its index (`client.defineHttpEndpoint`). */
export interface IndexedHttpEndpoint {
  id: string;
  enabled: boolean;
  source: string;
  immediateResponseFilter?: { method?: string[]; headers?: object; query?: object; body?: object };
  skipTriggeringRuns?: boolean;
}

/** What `INDEX_ENDPOINT` answers. */
export interface ClientIndex {
  jobs: IndexedJob[];
  sources: IndexedSource[];
  httpEndpoints?: IndexedHttpEndpoint[];
}

/**
 * Sends one action of Trigger.dev's protocol to the client's `handleRequest`, as the service does,
 * and returns the answer's body; anything but a 200 rejects with a {@link RunHarnessError}.
 */
export async function sendAction(
  client: TriggerClientLike,
  apiKey: string,
  action: string,
  options: { readonly headers?: Record<string, string>; readonly body?: string } = {},
): Promise<unknown> {
  const response = await client.handleRequest(
    new Request("http://127.0.0.1/api/trigger", {
      method: "POST",
      headers: {
        "x-trigger-api-key": apiKey,
        "x-trigger-action": action,
        "x-trigger-version": SERVER_VERSION,
        ...options.headers,
      },
      ...(options.body === undefined ? {} : { body: options.body }),
    }),
  );
  if (response.status === 401) {
    throw new RunHarnessError(
      `the TriggerClient "${client.id}" rejected the harness's API key. Create it with the harness's settings: ` +
        "`new TriggerClient({ id, ...harness.clientOptions })`.",
    );
  }
  if (response.status !== 200) {
    const message = (response.body as { message?: string } | undefined)?.message ?? JSON.stringify(response.body);
    throw new RunHarnessError(`${action} answered HTTP ${response.status}: ${message}`);
  }
  return response.body;
}

/** The client's index: its jobs, sources and HTTP endpoints. */
export async function indexClient(client: TriggerClientLike, apiKey: string): Promise<ClientIndex> {
  const index = (await sendAction(client, apiKey, "INDEX_ENDPOINT")) as Partial<ClientIndex>;
  return {
    jobs: index.jobs ?? [],
    sources: index.sources ?? [],
    ...(index.httpEndpoints ? { httpEndpoints: index.httpEndpoints } : {}),
  };
}

/** The request as Trigger.dev stores it and hands it to the SDK for each run. */
export interface StoredHttpRequest {
  readonly url: string;
  readonly method: string;
  readonly headers: Record<string, string>;
  readonly rawBody: string;
}

/** Reads a request once, as Trigger.dev's server stores it (GET and HEAD have no body). */
export async function storeRequest(request: Request, url = request.url): Promise<StoredHttpRequest> {
  const hasBody = request.method !== "GET" && request.method !== "HEAD";
  return {
    url,
    method: request.method,
    headers: Object.fromEntries(request.headers),
    rawBody: hasBody ? await request.clone().text() : "",
  };
}
