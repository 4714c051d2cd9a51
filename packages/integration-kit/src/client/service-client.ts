import { ClientCache } from "../client-cache.js";
import type { ErrorOrigin } from "../errors.js";
import type { ServiceFailure } from "../service-error.js";
import { DEFAULT_TIMEOUT_MS, type ServiceInfo } from "../service-info.js";
import { callRunner } from "../tasks/call-runner.js";
import { executeTask, type TaskEngine } from "../tasks/execute-task.js";
import type { TaskRunner } from "../tasks/task-runner.js";
import { guardOptions } from "../token-guard.js";
import { guardTokenSource, resolveToken } from "./client-credential.js";
import type { ClientSettings, ServiceClientOptions } from "./service-client-options.js";

/** The task groups of a client by namespace, as classes instantiated for plain calls: `{ issues: Issues<"call"> }`. */
export type ClientGroupClasses<TClient, TNamespaces> = {
  readonly [G in keyof TNamespaces]: new (
    runner: TaskRunner<TClient>,
  ) => TNamespaces[G];
};

/** The names of a group's tasks (its function-valued properties). */
type TaskNames<G> = { [K in keyof G]: G[K] extends (...args: never[]) => unknown ? K : never }[keyof G] & string;

/** A task reached through its namespace, as a flat alias names it: `"issues.create"`. */
export type TaskPath<TNamespaces> = {
  [G in keyof TNamespaces & string]: `${G}.${TaskNames<TNamespaces[G]>}`;
}[keyof TNamespaces & string];

/** The flat aliases of a client, each typed as the task it names: `github.createIssue`. */
export type ClientAliases<TNamespaces, TAliases extends Record<string, string>> = {
  readonly [A in keyof TAliases]: TAliases[A] extends `${infer G extends keyof TNamespaces & string}.${infer T}`
    ? TNamespaces[G][T & keyof TNamespaces[G]]
    : never;
};

/** Everything a service's plain client is made of; {@link serviceClient} builds the class. */
export interface ServiceClientDefinition<
  TClient,
  TOptions extends ServiceClientOptions,
  TNamespaces extends object,
  TAliases extends Record<string, TaskPath<TNamespaces>>,
> {
  /** The service: its id and name for messages, the environment variable its token is usually in. */
  readonly service: ServiceInfo;
  /**
   * Builds the vendor client for one token, on the first call that needs it, then reused for that
   * token: import the vendor SDK here (`await import("octokit")`) so loading the client loads none.
   */
  createClient(credential: string, settings: ClientSettings<TOptions>): TClient | Promise<TClient>;
  /** How the service signals rate limits and permanent errors; by default the kit's HTTP reading. */
  describeFailure?(error: unknown): ServiceFailure | undefined;
  /** The task groups, each a namespace: `{ issues: Issues<"call"> }`. */
  readonly groups: ClientGroupClasses<TClient, TNamespaces>;
  /** Flat aliases of tasks, as the v2 class has them: `{ createIssue: "issues.create" }`. */
  readonly aliases?: TAliases;
}

/** The constructor {@link serviceClient} returns. */
export interface ServiceClientClass<
  TClient,
  TOptions extends ServiceClientOptions,
  TNamespaces extends object,
  TAliases extends Record<string, TaskPath<TNamespaces>>,
> {
  new (options: TOptions): ServiceClient<TClient> & Readonly<TNamespaces> & ClientAliases<TNamespaces, TAliases>;
  /** The service this client talks to. */
  readonly service: ServiceInfo;
}

/** Where a client keeps the groups it built (internal: reached by the namespace getters). */
const GROUP = Symbol("group");

/**
 * A service's tasks as plain awaited calls, for Trigger.dev v4 tasks or any Node code: the same
 * declarations, timeout, failure verdicts and redaction as the v2 integration, without any
 * Trigger.dev SDK. A failed call throws a `ServiceError` whose `verdict` says whether and when to
 * retry (`catchServiceError` turns it into v4's answer).
 */
export class ServiceClient<TClient> {
  readonly #engine: TaskEngine<TClient>;
  readonly #token: () => Promise<string>;
  readonly #runner: TaskRunner<TClient>;
  readonly #groups = new Map<string, object>();
  /** The `id` option, or the service's id: names this client in error messages. */
  readonly id: string;

  constructor(
    definition: Pick<
      ServiceClientDefinition<TClient, ServiceClientOptions, never, never>,
      "service" | "describeFailure"
    > & {
      createClient(credential: string, settings: ClientSettings<ServiceClientOptions>): TClient | Promise<TClient>;
    },
    options: ServiceClientOptions,
  ) {
    const { service } = definition;
    const id = typeof options?.id === "string" ? options.id : service.id;
    guardOptions(service, { id, baseUrl: options?.baseUrl, timeoutMs: options?.timeoutMs } as never);
    const origin: ErrorOrigin & { service: ServiceInfo } = { service, integrationId: id, kind: "client" };
    const source = guardTokenSource(origin, options);
    const settings: ClientSettings<ServiceClientOptions> = {
      options: Object.freeze({ ...options }),
      timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    };
    const clients = new ClientCache<TClient>();
    this.id = id;
    this.#token = () => resolveToken(origin, source);
    this.#engine = {
      origin,
      timeoutMs: settings.timeoutMs,
      client: (credential) => clients.get(credential, (value) => definition.createClient(value, settings)),
      describeFailure: (error) => definition.describeFailure?.(error),
    };
    this.#runner = callRunner(this.#engine, this.#token);
  }

  /**
   * The vendor client (Octokit, WebClient, ...) for the current token, for what no task covers:
   * built as the tasks' is (same `baseUrl`, timeout, vendor retries off) and reused per token. Its
   * failures are the vendor's own errors; run it through {@link call} for the kit's.
   */
  async native(): Promise<TClient> {
    return this.#engine.client(await this.#token());
  }

  /**
   * Runs `body` with the vendor client under the tasks' rules: the timeout, a failure read as a
   * `ServiceError` with its verdict, the token scrubbed from the error and the output (which comes
   * back as JSON, dates as ISO strings). `name` names the call in messages.
   */
  async call<R>(name: string, body: (client: TClient) => Promise<R>): Promise<R> {
    return executeTask(
      this.#engine,
      { name, properties: () => [], sideEffect: "none", call: (client) => body(client) },
      {
        params: undefined,
        credential: await this.#token(),
        context: {
          idempotencyKey: undefined,
          attempt: 1,
          step: () => Promise.reject(new TypeError(`"${name}" has no steps`)),
        },
        checkFirst: false,
      },
    );
  }

  /** The group of this name, built on first use with this client's runner. */
  [GROUP]<G extends object>(name: string, Group: new (runner: TaskRunner<TClient>) => G): G {
    let group = this.#groups.get(name) as G | undefined;
    if (!group) {
      group = new Group(this.#runner);
      this.#groups.set(name, group);
    }
    return group;
  }
}

/** `github` → `GithubClient`, `google-sheets` → `GoogleSheetsClient`. */
const className = (id: string) =>
  `${id
    .split(/[^a-zA-Z0-9]+/)
    .filter(Boolean)
    .map((part) => part[0]?.toUpperCase() + part.slice(1))
    .join("")}Client`;

/**
 * Builds a service's plain client class from its task groups, so it is a few lines per service:
 * `new GithubClient({ token })` then `github.issues.create({ owner, repo, title })` or the alias
 * `github.createIssue(...)`. The groups are the same classes the v2 integration uses, run by the
 * kit's plain-call runner.
 */
export function serviceClient<
  TClient,
  TOptions extends ServiceClientOptions,
  TNamespaces extends object,
  const TAliases extends Record<string, TaskPath<TNamespaces>> = Record<never, never>,
>(
  definition: ServiceClientDefinition<TClient, TOptions, TNamespaces, TAliases>,
): ServiceClientClass<TClient, TOptions, TNamespaces, TAliases> {
  const Client = class extends ServiceClient<TClient> {
    static readonly service = definition.service;
    constructor(options: TOptions) {
      super(definition as never, options);
    }
  };
  Object.defineProperty(Client, "name", { value: className(definition.service.id) });
  for (const [name, Group] of Object.entries(definition.groups) as [
    string,
    new (runner: TaskRunner<TClient>) => object,
  ][]) {
    Object.defineProperty(Client.prototype, name, {
      get(this: ServiceClient<TClient>) {
        return this[GROUP](name, Group);
      },
      configurable: true,
    });
  }
  for (const [alias, path] of Object.entries(definition.aliases ?? {}) as [string, string][]) {
    const [group = "", task = ""] = path.split(".");
    // The alias is the task itself (`github.createIssue === github.issues.create`), not a wrapper.
    Object.defineProperty(Client.prototype, alias, {
      get(this: Record<string, Record<string, unknown>>) {
        return this[group]?.[task];
      },
      configurable: true,
    });
  }
  return Client as unknown as ServiceClientClass<TClient, TOptions, TNamespaces, TAliases>;
}
