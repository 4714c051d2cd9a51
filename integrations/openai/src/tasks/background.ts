import type { IO } from "@acme/integration-kit";
import { type TaskCallContext, TaskInputError } from "@acme/integration-kit";
import type OpenAI from "openai";
import { BackgroundHttpError } from "../background-http-error.js";

/** Retry and timeout settings of a background fetch, as `@trigger.dev/openai`'s `fetchOptions` took them. */
export interface BackgroundFetchOptions {
  /** Trigger.dev's retry strategies by status (`"429"`, `"500-599"`); OpenAI's rate-limit headers by default. */
  retries?: Record<string, unknown>;
  /** How long one background request may take: `{ durationInMs }`. */
  timeout?: { durationInMs: number; retry?: unknown };
}

/** How Trigger.dev's server retries a background request to OpenAI: its rate-limit headers, backoff for 5xx. */
const BACKGROUND_RETRIES = {
  "500-599": {
    strategy: "backoff",
    limit: 5,
    minTimeoutInMs: 1_000,
    maxTimeoutInMs: 30_000,
    factor: 2,
    randomize: true,
  },
  "429": { strategy: "backoff", limit: 0, bodyFilter: { error: { code: ["insufficient_quota"] } } },
  "429,429": {
    strategy: "headers",
    limitHeader: "x-ratelimit-limit-requests",
    remainingHeader: "x-ratelimit-remaining-requests",
    resetHeader: "x-ratelimit-reset-requests",
    resetFormat: "iso_8601_duration_openai_variant",
  },
  "408-409": {
    strategy: "backoff",
    limit: 5,
    minTimeoutInMs: 1_000,
    maxTimeoutInMs: 60_000,
    factor: 2,
    randomize: true,
  },
};

/**
 * The SDK's `redactString` value, built here so the package never imports the v2 SDK at runtime:
 * Trigger.dev stores the interpolated secret redacted and fills it in only when it sends the request.
 */
function redacted(prefix: string, secret: string) {
  return { __redactedString: true, strings: [prefix, ""], interpolations: [secret] };
}

/** The headers the SDK would send, for a request Trigger.dev's server sends instead; the key marked redacted. */
function backgroundHeaders(client: OpenAI) {
  // The client's own options: the copy of `defaultHeaders` the integration built it with.
  const options = (client as unknown as { _options: { defaultHeaders?: Record<string, string | null | undefined> } })
    ._options;
  const extra = Object.fromEntries(
    Object.entries(options.defaultHeaders ?? {}).filter(
      (entry): entry is [string, string] => typeof entry[1] === "string",
    ),
  );
  return {
    "Content-Type": "application/json",
    ...extra,
    Authorization: redacted("Bearer ", client.apiKey ?? ""),
    ...(client.organization ? { "OpenAI-Organization": client.organization } : {}),
    ...(client.project ? { "OpenAI-Project": client.project } : {}),
  };
}

/** The run's io, or a refusal naming where the task works. */
function ioOf(context: TaskCallContext, task: string): IO {
  if (context.io) return context.io;
  throw new TaskInputError(
    `"${task}" waits in the background through Trigger.dev v2's io, which a plain call does not have`,
    "Call it inside a v2 job (io.openai...), or call the task without the background variant and wait with your runtime's own waits.",
  );
}

/**
 * Sends `body` to `endpoint` through `io.backgroundFetchResponse`: Trigger.dev's server makes the
 * request, so a long generation outlives a serverless function's time limit. An error answer
 * (after the server's own retries) fails the task like the SDK's own error would.
 */
export async function backgroundPost<T>(
  client: OpenAI,
  context: TaskCallContext,
  request: { task: string; endpoint: string; body: unknown; fetchOptions?: BackgroundFetchOptions | undefined },
): Promise<T> {
  if (!context.io) return (await client.post(request.endpoint, { body: request.body })) as T;
  const response = await context.io.backgroundFetchResponse<T>(
    "background",
    client.buildURL(request.endpoint, null),
    { method: "POST", headers: backgroundHeaders(client) as never, body: JSON.stringify(request.body) },
    {
      retry: (request.fetchOptions?.retries ?? BACKGROUND_RETRIES) as never,
      ...(request.fetchOptions?.timeout ? { timeout: request.fetchOptions.timeout as never } : {}),
    },
  );
  if (response.status >= 400) throw new BackgroundHttpError(response.status, response.headers, response.data);
  return response.data;
}

/**
 * Polls `endpoint` through `io.backgroundPoll` every `interval` seconds until its `status` is one
 * of `until`: Trigger.dev's server polls, the run sleeps meanwhile.
 */
export async function backgroundPollUntil<T>(
  client: OpenAI,
  context: TaskCallContext,
  request: {
    task: string;
    endpoint: string;
    until: readonly string[];
    interval?: number;
    timeout?: number;
    /** Headers this endpoint needs besides the client's (`OpenAI-Beta: assistants=v2`). */
    headers?: Record<string, string>;
  },
): Promise<T> {
  const io = ioOf(context, request.task);
  return io.backgroundPoll<T>("poll", {
    url: client.buildURL(request.endpoint, null),
    requestInit: { headers: { ...backgroundHeaders(client), ...request.headers } as never },
    interval: request.interval ?? 10,
    timeout: request.timeout ?? 600,
    responseFilter: { status: [200], body: { status: [...request.until] } },
  });
}
