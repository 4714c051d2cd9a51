import { randomBytes } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { performance } from "node:perf_hooks";
import type { Clock } from "./clock.js";
import type { DisplayProperty, ErrorRecord, TaskRecord } from "./run-result.js";
import type { SourceRegistrationError } from "./source-registration-error.js";

/** The API version the SDK asks for when it can take cached tasks with a task (2.x and 3.x). */
const LAZY_LOADED_CACHED_TASKS = "2023-09-29";
/** The API version under which the SDK sends a task's output as a JSON string. */
const SERIALIZED_TASK_OUTPUT = "2023-11-01";

/** A request the stand-in has no route for: the SDK called an endpoint the harness does not know yet. */
export interface UnknownRequest {
  readonly method: string;
  readonly url: string;
}

/** An event a job sent with `io.sendEvent`. */
export interface SentEvent {
  readonly id: string;
  readonly name: string;
  readonly payload: unknown;
}

/** What Trigger.dev keeps about a registered HTTP source: its secret and what the register job stored. */
export interface SourceState {
  readonly key: string;
  readonly params: unknown;
  /** The URL the service's webhook points at. */
  readonly url: string;
  /** The source's secret: Trigger.dev's own, or the one the service issued (a register job's `secret`). */
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

/** Options of {@link startRunApiStandIn}. */
export interface RunApiStandInOptions {
  /** Time as the runs see it. */
  readonly clock: Clock;
  /** Receives one line per request the stand-in could not answer. */
  readonly log?: (line: string) => void;
}

/** A loopback stand-in for the part of Trigger.dev's API that a running job calls. */
export interface RunApiStandIn {
  /** Base URL to give the TriggerClient as `apiUrl`. */
  readonly url: string;
  /** The API key the stand-in accepts; give it to the TriggerClient as `apiKey`. */
  readonly apiKey: string;
  /** Requests no route matched, in arrival order (empty when the harness knows every call a run made). */
  readonly unknownRequests: readonly UnknownRequest[];
  /** Events sent with `io.sendEvent`, in order. */
  readonly events: readonly SentEvent[];
  /**
   * HTTP sources by key. A register job's `io.updateSource` (`PUT /api/v2/:client/sources/:key`)
   * activates the source here and stores its data, options and any secret the service issued.
   */
  readonly sources: Map<string, SourceState>;
  /** The tasks of one run, in the order they started. */
  tasksOf(runId: string): TaskRecord[];
  /** @internal The harness's side of the service: what it does between two executions of a run. */
  readonly service: RunApiService;
  /** Stops the server. */
  close(): Promise<void>;
}

/** What the harness does to a run's tasks between executions, as the real service does. */
export interface RunApiService {
  /** Completed tasks in the shape `EXECUTE_JOB` caches them. */
  cachedTasks(runId: string): CachedTask[];
  /** Closes the running attempt of a task the SDK answered `RETRY_WITH_TASK` for (`retryAt` on the wall clock); the task waits. */
  retryLater(runId: string, taskId: string, error: ErrorRecord, retryAt: Date): void;
  /** Completes a task that waited (`io.wait`) or that the SDK completed while yielding. */
  complete(runId: string, taskId: string, output: unknown, properties?: DisplayProperty[]): void;
  /** The task with this id, if the run has it. */
  find(runId: string, taskId: string): TaskRecord | undefined;
}

/** A completed task as sent back to the SDK on re-execution. */
export interface CachedTask {
  readonly id: string;
  readonly idempotencyKey: string;
  readonly status: "COMPLETED";
  readonly noop: boolean;
  readonly output: unknown;
  readonly parentId: string | null;
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

interface RunState {
  readonly byKey: Map<string, TaskRecord>;
  readonly byId: Map<string, TaskRecord>;
  readonly order: TaskRecord[];
  /** performance.now() when each task's current attempt started. */
  readonly attemptStarts: Map<string, number>;
}

/**
 * Starts the stand-in on 127.0.0.1. It answers the routes a v2 run calls (tasks, complete, fail,
 * statuses, events, key-value store) keyed by idempotency key like the real service, checks the
 * API key, and records any other request in `unknownRequests` with a 404 that names it.
 */
export async function startRunApiStandIn(options: RunApiStandInOptions): Promise<RunApiStandIn> {
  const { clock } = options;
  const apiKey = `tr_dev_harness${randomBytes(8).toString("hex")}`;
  const runs = new Map<string, RunState>();
  const unknownRequests: UnknownRequest[] = [];
  const events: SentEvent[] = [];
  const sources = new Map<string, SourceState>();
  const store = new Map<string, string>();
  const statuses = new Map<string, { label?: string; state?: string; data?: unknown; history: unknown[] }>();
  /** Background operations (`fetch-response`, `fetch-poll`) by task id, sent back so the SDK waits for them. */
  const operations = new Map<string, string>();
  /** The SDK's own `delayUntil` per task, sent back to it unchanged. */
  const wallDelays = new Map<string, Date>();
  let nextTask = 0;
  let nextEvent = 0;

  const runOf = (runId: string): RunState => {
    let run = runs.get(runId);
    if (!run) {
      run = { byKey: new Map(), byId: new Map(), order: [], attemptStarts: new Map() };
      runs.set(runId, run);
    }
    return run;
  };
  const taskOf = (runId: string, taskId: string): TaskRecord => {
    const task = runs.get(runId)?.byId.get(taskId);
    if (!task) throw new HttpError(404, `Task ${taskId} not found in run ${runId}`);
    return task;
  };
  const now = () => new Date(clock.now());
  /** A wall-clock time from the SDK, on the harness clock (they differ by the waits a virtual clock skipped). */
  const onClock = (wall: Date) => new Date(wall.getTime() + clock.now() - Date.now());

  const startAttempt = (run: RunState, task: TaskRecord) => {
    task.attempts.push({
      number: task.attempts.length + 1,
      startedAt: now(),
      durationMs: undefined,
      status: "RUNNING",
    });
    task.status = "RUNNING";
    run.attemptStarts.set(task.id, performance.now());
  };
  const endAttempt = (run: RunState, task: TaskRecord, end: Partial<TaskRecord["attempts"][number]>) => {
    const attempt = task.attempts.at(-1);
    if (attempt?.status !== "RUNNING") return;
    const started = run.attemptStarts.get(task.id);
    attempt.durationMs = started === undefined ? undefined : performance.now() - started;
    Object.assign(attempt, end);
  };

  const createTask = (runId: string, idempotencyKey: string, body: Record<string, unknown>): TaskRecord => {
    const run = runOf(runId);
    const wallDelay = typeof body.delayUntil === "string" ? new Date(body.delayUntil) : undefined;
    const noop = body.noop === true;
    const waits = wallDelay !== undefined && wallDelay.getTime() > Date.now();
    const delayUntil = wallDelay && onClock(wallDelay);
    const task: TaskRecord = {
      id: `task_${++nextTask}`,
      idempotencyKey,
      key: typeof body.displayKey === "string" ? body.displayKey : undefined,
      name: typeof body.name === "string" ? body.name : String(body.displayKey ?? "task"),
      description: typeof body.description === "string" ? body.description : undefined,
      icon: typeof body.icon === "string" ? body.icon : undefined,
      parentId: typeof body.parentId === "string" ? body.parentId : undefined,
      connectionKey: typeof body.connectionKey === "string" ? body.connectionKey : undefined,
      noop,
      params: body.params ?? null,
      properties: Array.isArray(body.properties) ? (body.properties as DisplayProperty[]) : [],
      outputProperties: [],
      status: waits ? "WAITING" : noop ? "COMPLETED" : "RUNNING",
      attempts: [],
      startedAt: now(),
      completedAt: noop && !waits ? now() : undefined,
      delayUntil,
      output: noop && !waits ? {} : undefined,
      error: undefined,
    };
    if (wallDelay) wallDelays.set(task.id, wallDelay);
    if (typeof body.operation === "string") operations.set(task.id, body.operation);
    run.byKey.set(idempotencyKey, task);
    run.byId.set(task.id, task);
    run.order.push(task);
    if (task.status === "RUNNING") startAttempt(run, task);
    return task;
  };

  /** The task as the SDK parses it (ServerTaskSchema). */
  const wire = (task: TaskRecord) => ({
    id: task.id,
    name: task.name,
    icon: task.icon ?? null,
    noop: task.noop,
    startedAt: task.startedAt.toISOString(),
    completedAt: task.completedAt?.toISOString() ?? null,
    delayUntil: wallDelays.get(task.id)?.toISOString() ?? null,
    status: task.status,
    description: task.description ?? null,
    properties: task.properties,
    outputProperties: task.outputProperties,
    params: task.params ?? null,
    output: task.output ?? null,
    context: null,
    error: task.error?.message ?? null,
    parentId: task.parentId ?? null,
    style: null,
    operation: operations.get(task.id) ?? null,
    callbackUrl: null,
    idempotencyKey: task.idempotencyKey,
    attempts: Math.max(task.attempts.length, 1),
    forceYield: false,
  });

  type Route = (args: { params: string[]; body: Record<string, unknown>; rawBody: string; req: IncomingMessage }) => {
    status?: number;
    body?: unknown;
    headers?: Record<string, string>;
  };

  const routes: [method: string, pattern: RegExp, route: Route][] = [
    [
      "POST",
      /^\/api\/v1\/runs\/([^/]+)\/tasks$/,
      ({ params: [runId = ""], body, req }) => {
        const idempotencyKey = String(req.headers["idempotency-key"] ?? body.idempotencyKey ?? "");
        if (!idempotencyKey) throw new HttpError(400, "Missing Idempotency-Key");
        const run = runOf(runId);
        let task = run.byKey.get(idempotencyKey);
        if (!task) task = createTask(runId, idempotencyKey, body);
        else if (task.status === "WAITING" && task.attempts.at(-1)?.status === "RETRYING") startAttempt(run, task);
        if (req.headers["trigger-version"] === LAZY_LOADED_CACHED_TASKS) {
          return { headers: { "trigger-version": LAZY_LOADED_CACHED_TASKS }, body: { task: wire(task) } };
        }
        return { body: wire(task) };
      },
    ],
    [
      "POST",
      /^\/api\/v1\/runs\/([^/]+)\/tasks\/([^/]+)\/complete$/,
      ({ params: [runId = "", taskId = ""], body, req }) => {
        const task = taskOf(runId, taskId);
        const serialized = req.headers["trigger-version"] === SERIALIZED_TASK_OUTPUT;
        const output = serialized
          ? typeof body.output === "string"
            ? JSON.parse(body.output)
            : null
          : (body.output ?? null);
        service.complete(runId, taskId, output, body.properties as DisplayProperty[] | undefined);
        return { body: wire(task) };
      },
    ],
    [
      "POST",
      /^\/api\/v1\/runs\/([^/]+)\/tasks\/([^/]+)\/fail$/,
      ({ params: [runId = "", taskId = ""], body }) => {
        const task = taskOf(runId, taskId);
        const error = (body.error as ErrorRecord | undefined) ?? { message: "Unknown error" };
        endAttempt(runOf(runId), task, { status: "ERRORED", error });
        task.status = "ERRORED";
        task.error = error;
        task.completedAt = now();
        return { body: wire(task) };
      },
    ],
    [
      "PUT",
      /^\/api\/v1\/runs\/([^/]+)\/statuses\/([^/]+)$/,
      ({ params: [runId = "", key = ""], body }) => {
        const id = `${runId}/${key}`;
        const status = statuses.get(id) ?? { history: [] };
        Object.assign(status, body);
        status.history.push(body);
        statuses.set(id, status);
        return { body: { key, label: status.label ?? key, ...status } };
      },
    ],
    [
      "POST",
      /^\/api\/v1\/events$/,
      ({ body }) => {
        const event = (body.event ?? {}) as { id?: string; name?: string; payload?: unknown; context?: unknown };
        const record: SentEvent = {
          id: event.id ?? `event_${++nextEvent}`,
          name: String(event.name),
          payload: event.payload ?? null,
        };
        events.push(record);
        const timestamp = now().toISOString();
        return {
          body: { ...record, context: event.context ?? null, timestamp, deliverAt: null, deliveredAt: timestamp },
        };
      },
    ],
    [
      "PUT",
      /^\/api\/v2\/[^/]+\/sources\/([^/]+)$/,
      ({ params: [key = ""], body }) => {
        const source = sources.get(key);
        if (!source) throw new HttpError(404, `a register job updated the source "${key}", which was never registered`);
        source.active = true;
        if (body.data !== undefined) source.data = body.data;
        if (body.options && typeof body.options === "object") source.options = body.options as Record<string, string[]>;
        // A service that issues its own signing secret (Stripe) hands it back through the register job.
        if (typeof body.secret === "string" && body.secret !== "") source.secret = body.secret;
        return { body: { id: `source_${key}`, key } };
      },
    ],
    [
      "GET",
      /^\/api\/v1\/store\/([^/]+)$/,
      ({ params: [key = ""] }) => ({ body: { action: "GET", key, value: store.get(key) } }),
    ],
    ["HEAD", /^\/api\/v1\/store\/([^/]+)$/, ({ params: [key = ""] }) => ({ status: store.has(key) ? 200 : 404 })],
    [
      "PUT",
      /^\/api\/v1\/store\/([^/]+)$/,
      ({ params: [key = ""], rawBody }) => {
        store.set(key, rawBody);
        return { body: { action: "SET", key, value: rawBody } };
      },
    ],
    [
      "DELETE",
      /^\/api\/v1\/store\/([^/]+)$/,
      ({ params: [key = ""] }) => ({ body: { action: "DELETE", key, deleted: store.delete(key) } }),
    ],
  ];

  const service: RunApiService = {
    cachedTasks: (runId) =>
      (runs.get(runId)?.order ?? [])
        .filter((task) => task.status === "COMPLETED")
        .map((task) => ({
          id: task.id,
          idempotencyKey: task.idempotencyKey,
          status: "COMPLETED",
          noop: task.noop,
          output: task.output ?? null,
          parentId: task.parentId ?? null,
        })),
    retryLater(runId, taskId, error, retryAt) {
      const run = runOf(runId);
      const task = taskOf(runId, taskId);
      endAttempt(run, task, { status: "RETRYING", error, retryAt: onClock(retryAt) });
      task.status = "WAITING";
    },
    complete(runId, taskId, output, properties) {
      const run = runOf(runId);
      const task = taskOf(runId, taskId);
      endAttempt(run, task, { status: "COMPLETED" });
      task.status = "COMPLETED";
      task.output = output;
      task.outputProperties = properties ?? [];
      task.completedAt = now();
    },
    find: (runId, taskId) => runs.get(runId)?.byId.get(taskId),
  };

  const handle = (req: IncomingMessage, res: ServerResponse, rawBody: string) => {
    const method = req.method ?? "GET";
    const path = (req.url ?? "/").split("?")[0] ?? "/";
    const send = (status: number, body?: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { "content-type": "application/json", ...headers });
      res.end(body === undefined || method === "HEAD" ? undefined : JSON.stringify(body));
    };
    if (req.headers.authorization !== `Bearer ${apiKey}`) {
      send(401, {
        error:
          "Trigger.dev run API stand-in: wrong or missing API key. Create the TriggerClient with the harness's clientOptions.",
      });
      return;
    }
    for (const [routeMethod, pattern, route] of routes) {
      const match = routeMethod === method ? pattern.exec(path) : null;
      if (!match) continue;
      try {
        const body = rawBody && req.headers["content-type"]?.includes("json") ? JSON.parse(rawBody) : {};
        const params = match.slice(1).map((part) => decodeURIComponent(part));
        const answer = route({ params, body, rawBody, req });
        send(answer.status ?? 200, answer.body, answer.headers);
      } catch (error) {
        send(error instanceof HttpError ? error.status : 500, { error: (error as Error).message });
      }
      return;
    }
    unknownRequests.push({ method, url: path });
    options.log?.(`Trigger.dev run API stand-in: no route for ${method} ${path}`);
    send(404, { error: `Trigger.dev run API stand-in has no route for ${method} ${path}` });
  };

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => handle(req, res, Buffer.concat(chunks).toString("utf8")));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    apiKey,
    unknownRequests,
    events,
    sources,
    tasksOf: (runId) => [...(runs.get(runId)?.order ?? [])],
    service,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
