// The parts of Trigger.dev v2's job API the kit touches, declared here rather than imported from
// `@trigger.dev/sdk`: SDK 4 no longer exports them, and a package whose types import them fails
// `tsc` in every v4 project (or one with no SDK). They are structural: the SDK's own `IO`, tasks
// and connection auth (2.x and 3.x) fit them, and an integration built on them fits the SDK's
// `TriggerIntegration`. Checked against @trigger.dev/sdk 2.3.19 by the drop-in type tests.

/** A task's cache key inside a run (the SDK's `IntegrationTaskKey`). */
// biome-ignore lint/suspicious/noExplicitAny: the SDK's own key type: a string or any array.
export type IntegrationTaskKey = string | any[];

/**
 * A JSON value a task takes or returns (the SDK's `Json`; dates are serialised by the run API).
 * Generic like the SDK's, so an interface-typed result (no index signature) fits as `Json<T>`.
 */
// biome-ignore lint/suspicious/noExplicitAny: the SDK's default: any object whose members are all JSON.
export type Json<T = any> =
  | string
  | number
  | boolean
  | null
  | undefined
  | Date
  | symbol
  | Json[]
  | { [K in keyof T]: Json };

/** A label and value shown beside a task or run in the dashboard. */
export interface DisplayProperty {
  label: string;
  text: string;
  url?: string;
  imageUrl?: string[];
}

/** The task record a v2 run hands to `io.runTask`'s callback (the SDK's `IOTask`; the fields the kit reads). */
export interface IOTask {
  readonly id: string;
  readonly name: string;
  readonly attempts?: number;
  readonly idempotencyKey?: string;
}

/** How a v2 task is shown and retried (the SDK's `RunTaskOptions`, the fields the kit sets). */
export interface RunTaskOptions {
  name?: string;
  icon?: string;
  description?: string;
  params?: Json;
  properties?: DisplayProperty[];
  connectionKey?: string;
  retry?: {
    limit?: number;
    factor?: number;
    minTimeoutInMs?: number;
    maxTimeoutInMs?: number;
    randomize?: boolean;
  };
}

/** What a task's error callback answers: retry at a time, skip retrying, or the default. */
export type RunTaskErrorCallback = (
  error: unknown,
  task: IOTask,
  io: IO,
  // biome-ignore lint/suspicious/noConfusingVoidType: the SDK's own answer type, where no answer is the default.
) => { retryAt?: Date; error?: Error; jitter?: number; skipRetrying?: boolean } | Error | undefined | void;

/** A request Trigger.dev's server makes for a run (`io.backgroundFetchResponse`, `io.backgroundPoll`). */
export interface BackgroundRequestInit {
  method?: string;
  /** A header value may be a redacted string (the SDK's `redactString`), stored without its secret parts. */
  headers?: Record<string, string | { __redactedString: true; strings: string[]; interpolations: string[] }>;
  body?: string | ArrayBuffer;
}

/** What `io.backgroundFetchResponse` resolves with. */
export interface BackgroundFetchResponse<T> {
  status: number;
  headers: Record<string, string>;
  data: T;
}

/** A v2 run's `io` (the SDK's `IO`): the members integrations call. */
export interface IO {
  // biome-ignore lint/suspicious/noConfusingVoidType: the SDK's bound: a task may return nothing.
  runTask<T extends Json<T> | void>(
    key: IntegrationTaskKey,
    callback: (task: IOTask, io: IO) => Promise<T>,
    options?: RunTaskOptions,
    onError?: RunTaskErrorCallback,
  ): Promise<T>;
  wait(key: IntegrationTaskKey, seconds: number): Promise<void>;
  backgroundFetchResponse<T>(
    key: IntegrationTaskKey,
    url: string,
    requestInit?: BackgroundRequestInit,
    // biome-ignore lint/suspicious/noExplicitAny: Trigger.dev's retry and timeout records, passed through as given.
    options?: { retry?: Record<string, any>; timeout?: any },
  ): Promise<BackgroundFetchResponse<T>>;
  backgroundPoll<T>(
    key: IntegrationTaskKey,
    params: {
      url: string;
      requestInit?: BackgroundRequestInit;
      interval: number;
      timeout: number;
      // biome-ignore lint/suspicious/noExplicitAny: Trigger.dev's response filter, passed through as given.
      responseFilter: any;
    },
  ): Promise<T>;
}

/** A run's `io` with its integrations under their keys (the SDK's `IOWithIntegrations`). */
export type IOWithIntegrations<TIntegrations extends Record<string, TriggerIntegration>> = IO & TIntegrations;

/** The credentials Trigger.dev hands a HOSTED integration for a run (the SDK's `ConnectionAuth`). */
export interface ConnectionAuth {
  type?: "oauth2" | "apiKey";
  accessToken: string;
  scopes?: string[];
  additionalFields?: Record<string, string>;
}

/** What `client.defineJob({ integrations })` takes (the SDK's `TriggerIntegration`). */
export interface TriggerIntegration {
  id: string;
  metadata: { id: string; name: string; instructions?: string };
  authSource: "LOCAL" | "HOSTED";
  cloneForRun(io: IO, connectionKey: string, auth?: ConnectionAuth): TriggerIntegration;
}
