import { ClientCache } from "./client-cache.js";
import { authSourceFor, resolveCredential } from "./credentials.js";
import { defaultRetry } from "./default-retry.js";
import { type ErrorOrigin, TaskOutsideRunError } from "./errors.js";
import { answerFailure } from "./failure-policy.js";
import type { HttpResponseError } from "./http-client.js";
import { describeHttpFailure } from "./http-failure.js";
import { ServiceError, type ServiceFailure } from "./service-error.js";
import { DEFAULT_TIMEOUT_MS, type IntegrationOptions, type ServiceInfo } from "./service-info.js";
import { executeTask, type TaskEngine } from "./tasks/execute-task.js";
import { jobRunner, type RunBinding } from "./tasks/job-runner.js";
import type { TaskRunner } from "./tasks/task-runner.js";
import { guardOptions } from "./token-guard.js";
import type {
  ConnectionAuth,
  IntegrationTaskKey,
  IO,
  IOTask,
  Json,
  RunTaskErrorCallback,
  RunTaskOptions,
  TriggerIntegration,
} from "./v2-api/index.js";

/** The body of a task: gets the authenticated vendor client, the task record and the run's io. */
export type TaskCallback<TClient, TResult> = (client: TClient, task: IOTask, io: IO) => Promise<TResult>;

/**
 * The base of every integration: declare `static readonly service`, implement `createClient`, and
 * optionally `describeFailure`; the Trigger.dev contract (`id`, `metadata`, `authSource`,
 * `cloneForRun`) and the task wrapper come from here.
 */
export abstract class Integration<TClient, TOptions extends IntegrationOptions = IntegrationOptions>
  implements TriggerIntegration
{
  readonly #service: ServiceInfo;
  readonly #options: Readonly<TOptions>;
  #clients = new ClientCache<TClient>();
  #run: RunBinding | undefined;

  constructor(options: TOptions) {
    const service = (new.target as unknown as { service?: ServiceInfo }).service;
    if (!service) throw new TypeError(`${new.target.name} must declare \`static readonly service\``);
    guardOptions(service, options);
    this.#service = service;
    this.#options = Object.freeze({ ...options });
  }

  /**
   * Builds the vendor client for one credential; called once per credential, then reused. It may
   * be async, so the vendor SDK can be imported on first use (`await import("octokit")`) and a
   * cold start that runs no task never loads it.
   */
  protected abstract createClient(credential: string): TClient | Promise<TClient>;

  /**
   * Reads a failed vendor call: how the service signals rate limits and permanent errors, and its
   * own message. Undefined leaves the error as it is, retried with the default backoff. The default
   * reads the kit's {@link HttpResponseError}, so integrations on `JsonHttpClient` need no override.
   */
  protected describeFailure(error: unknown): ServiceFailure | undefined {
    return describeHttpFailure(error);
  }

  /** The `id` option: identifies this integration in the job and the dashboard. */
  get id(): string {
    return this.#options.id;
  }

  /** The service's id and display name, as Trigger.dev shows them. */
  get metadata(): { id: string; name: string } {
    return { id: this.#service.id, name: this.#service.name };
  }

  /** "LOCAL" when a token was given, "HOSTED" when Trigger.dev supplies OAuth credentials. */
  get authSource(): "LOCAL" | "HOSTED" {
    return authSourceFor(this.#options);
  }

  /** The options this integration was created with (frozen). */
  protected get options(): Readonly<TOptions> {
    return this.#options;
  }

  /** How long a task waits on the service; vendor clients should use it as their request timeout too. */
  protected get timeoutMs(): number {
    return this.#options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  }

  /** The service this integration talks to. */
  protected get service(): ServiceInfo {
    return this.#service;
  }

  /**
   * A new instance bound to one run's `io`, connection and credential (the `token` option first,
   * then `auth`). The SDK calls this on every `io.<key>` access, so it only records the binding:
   * the vendor client is built on first use and shared with other runs of the same credential.
   */
  cloneForRun(io: IO, connectionKey: string, auth?: ConnectionAuth): this {
    const credential = resolveCredential(this.#service, this.#options, auth);
    const clone = new (this.constructor as new (options: TOptions) => this)(this.#options);
    clone.#clients = this.#clients;
    clone.#run = { io, connectionKey, credential };
    return clone;
  }

  /**
   * A task group bound to this instance's run: `get issues() { return this.group(Issues); }`. The
   * SDK clones the integration on every `io.<key>` access, so groups are built on demand.
   */
  protected group<G>(Group: new (runner: TaskRunner<TClient>) => G): G {
    return new Group(jobRunner(this.#engine, this.#service.icon, this.#run));
  }

  /**
   * Runs `callback` as a Trigger.dev task with the authenticated client, for calls no declared
   * task covers: the service's icon, a default retry and this run's connection are filled in, a
   * failed vendor call becomes a {@link ServiceError} answered with `retryAt` / `skipRetrying` /
   * default backoff, and the credential is scrubbed from any error. An `onError` you pass is asked
   * first; when it returns nothing, the service's verdict applies.
   */
  // biome-ignore lint/suspicious/noConfusingVoidType: the same bound as the SDK's io.runTask, so tasks may return nothing.
  runTask<T extends Json<T> | void>(
    key: IntegrationTaskKey,
    callback: TaskCallback<TClient, T>,
    options?: RunTaskOptions,
    onError?: RunTaskErrorCallback,
  ): Promise<T> {
    const run = this.#run;
    const name = options?.name ?? String(key);
    if (!run) return Promise.reject(new TaskOutsideRunError(this.#origin, name));
    return run.io.runTask(
      key,
      (task, io) =>
        executeTask(
          this.#engine,
          { name, properties: () => [], sideEffect: "none", call: (client) => callback(client, task, io) },
          {
            params: undefined,
            credential: run.credential,
            context: {
              idempotencyKey: task.idempotencyKey,
              attempt: task.attempts ?? 1,
              step: () => Promise.reject(new TypeError("no steps in runTask")),
            },
            checkFirst: false,
          },
        ) as Promise<T>,
      { icon: this.#service.icon, retry: defaultRetry, ...options, connectionKey: run.connectionKey },
      (error, task, io) =>
        onError?.(error, task, io) ??
        (error instanceof ServiceError ? answerFailure(error.verdict, error, task.attempts) : undefined),
    );
  }

  /** What the kit's task core needs from this integration; shares the client cache with every clone. */
  get #engine(): TaskEngine<TClient> {
    const clients = this.#clients;
    return {
      origin: this.#origin,
      timeoutMs: this.timeoutMs,
      client: (credential) => clients.get(credential, (value) => this.createClient(value)),
      describeFailure: (error) => this.describeFailure(error),
    };
  }

  get #origin(): ErrorOrigin {
    return { service: this.#service, integrationId: this.#options.id };
  }
}
