import {
  lifecycleHooks,
  parsePacket,
  resourceCatalog,
  TaskRunContext,
  TaskRunExecution,
  type TaskRunExecutionResult,
  taskContext,
} from "@trigger.dev/core/v3";
import { TriggerTracer } from "@trigger.dev/core/v3/tracer";
import {
  ConsoleInterceptor,
  StandardLifecycleHooksManager,
  StandardResourceCatalog,
  TaskExecutor,
  TracingSDK,
} from "@trigger.dev/core/v3/workers";
import { startTelemetrySink, type TelemetrySink } from "./telemetry-sink.js";

/** One attempt of a run, as the executor reported it. */
export interface AttemptResult {
  /** 1 for the first attempt. */
  readonly number: number;
  readonly ok: boolean;
  /** The task's output (deserialised), when it succeeded. */
  readonly output?: unknown;
  /** The error as the runtime reports it to the platform (name, message, stack). */
  readonly error?: { readonly name?: string; readonly message?: string; readonly stackTrace?: string };
  /** The executor's retry decision: when the next attempt runs. */
  readonly retry?: { readonly timestamp: number; readonly delay: number };
  /** True when a hook said not to retry. */
  readonly skippedRetrying?: boolean;
  /** When this attempt ended (ms since epoch), to compare retry times against. */
  readonly endedAt: number;
}

/** A whole run: each attempt, the next started as soon as the executor asked for a retry. */
export interface RunResult {
  readonly runId: string;
  readonly attempts: readonly AttemptResult[];
  /** The last attempt. */
  readonly last: AttemptResult;
}

/** The v4 runtime in this process: define tasks as user files would, then run them attempt by attempt. */
export interface V4Runtime {
  /**
   * Runs `define` as if it were the file `filePath` of a Trigger.dev project (`trigger/init.ts`,
   * `trigger/github.ts`): the `task()` and `tasks.catchError()` calls in it register as the CLI's
   * worker registers them.
   */
  define<T>(filePath: string, define: () => T): T;
  /**
   * Runs task `id` with `payload` through the SDK's own `TaskExecutor`, as the platform would:
   * attempt 1, then (without waiting) each retry the executor asks for, up to `maxAttempts`.
   */
  run(id: string, payload: unknown, options?: { maxAttempts?: number }): Promise<RunResult>;
  /** Everything exported as telemetry so far (spans and logs, flushed first). */
  telemetry(): Promise<string>;
  close(): Promise<void>;
}

let runs = 0;

/**
 * Installs Trigger.dev v4's task catalog and lifecycle hooks in this process, as its dev run worker
 * does, with telemetry going to a loopback sink. `@trigger.dev/core`'s `TaskExecutor` is not a
 * documented API: this is the one place that knows how to drive it (checked against 4.8.3).
 */
export async function startV4Runtime(): Promise<V4Runtime> {
  lifecycleHooks.disable();
  resourceCatalog.disable();
  lifecycleHooks.setGlobalLifecycleHooksManager(new StandardLifecycleHooksManager());
  resourceCatalog.setGlobalResourceCatalog(new StandardResourceCatalog());
  const sink: TelemetrySink = await startTelemetrySink();
  const tracingSDK = new TracingSDK({ url: sink.url, forceFlushTimeoutMillis: 5_000 });
  const tracer = new TriggerTracer({ tracer: tracingSDK.getTracer("e2e-v4"), logger: tracingSDK.getLogger("e2e-v4") });
  // Console output inside a run goes to telemetry, as on the platform.
  const consoleInterceptor = new ConsoleInterceptor(tracingSDK.getLogger("e2e-v4"), false, false);

  return {
    define(filePath, define) {
      resourceCatalog.setCurrentFileContext(filePath, filePath);
      try {
        return define();
      } finally {
        resourceCatalog.clearCurrentFileContext();
      }
    },

    async run(id, payload, { maxAttempts = 5 } = {}) {
      const task = resourceCatalog.getTask(id);
      if (!task) throw new Error(`e2e-v4: no task "${id}" was defined through runtime.define`);
      const executor = new TaskExecutor(task, { tracingSDK, tracer, consoleInterceptor });
      const runId = `run_e2e_${process.pid}_${++runs}`;
      const attempts: AttemptResult[] = [];
      for (let number = 1; number <= maxAttempts; number++) {
        const execution = executionOf(id, runId, number, payload);
        const ctx = TaskRunContext.parse(execution);
        taskContext.setGlobalTaskContext({
          ctx,
          worker: { id: "worker_e2e", version: "20250101.1", contentHash: "e2e", engine: "V2" },
          isWarmStart: number > 1,
        });
        const { result } = await executor.execute(execution, ctx, new AbortController().signal);
        const attempt = await attemptOf(number, result);
        attempts.push(attempt);
        if (attempt.ok || !attempt.retry) break;
      }
      taskContext.disable();
      return { runId, attempts, last: attempts.at(-1) as AttemptResult };
    },

    async telemetry() {
      await tracingSDK.flush();
      return sink.received.map((entry) => entry.body).join("\n");
    },

    async close() {
      await tracingSDK.shutdown().catch(() => undefined);
      await sink.close();
      lifecycleHooks.disable();
      resourceCatalog.disable();
    },
  };
}

/** What the platform sends its worker for one attempt, checked by the SDK's own schema. */
function executionOf(taskId: string, runId: string, attempt: number, payload: unknown): TaskRunExecution {
  const now = new Date();
  return TaskRunExecution.parse({
    task: { id: taskId, filePath: `trigger/${taskId}.ts` },
    attempt: {
      number: attempt,
      startedAt: now,
      id: `${runId}_attempt_${attempt}`,
      status: "EXECUTING",
      backgroundWorkerId: "worker_e2e",
      backgroundWorkerTaskId: `worker_e2e_${taskId}`,
    },
    run: {
      id: runId,
      payload: JSON.stringify(payload),
      payloadType: "application/json",
      metadata: {},
      startedAt: now,
      createdAt: now,
      tags: [],
      isTest: false,
      durationMs: 0,
      costInCents: 0,
      baseCostInCents: 0,
      priority: 0,
    },
    machine: { name: "micro", cpu: 0.25, memory: 0.25, centsPerMs: 0 },
    queue: { id: `queue_${taskId}`, name: `task/${taskId}` },
    environment: { id: "env_e2e", slug: "prod", type: "PRODUCTION" },
    organization: { id: "org_e2e", slug: "acme", name: "Acme" },
    project: { id: "proj_e2e", ref: "proj_e2e", slug: "acme", name: "Acme" },
  });
}

async function attemptOf(number: number, result: TaskRunExecutionResult): Promise<AttemptResult> {
  const endedAt = Date.now();
  if (result.ok) {
    // The output as the platform would store it, read back with the SDK's own serialisation.
    const output = await parsePacket({ data: result.output, dataType: result.outputType });
    return { number, ok: true, output, endedAt };
  }
  const error = result.error as AttemptResult["error"];
  return {
    number,
    ok: false,
    ...(error ? { error } : {}),
    ...(result.retry ? { retry: { timestamp: result.retry.timestamp, delay: result.retry.delay } } : {}),
    skippedRetrying: result.skippedRetrying === true,
    endedAt,
  };
}
