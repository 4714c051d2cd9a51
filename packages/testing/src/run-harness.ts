import { randomBytes } from "node:crypto";
import { performance } from "node:perf_hooks";
import { type BackgroundOperationParams, fetchResponse, pollUntilMatched } from "./background-operation.js";
import { type Clock, createVirtualClock } from "./clock.js";
import { RunHarnessError } from "./errors.js";
import { type RunApiStandIn, startRunApiStandIn, type UnknownRequest } from "./run-api-stand-in.js";
import type { ErrorRecord, RunResult, RunStatus } from "./run-result.js";
import { indexClient, sendAction, type TriggerClientLike } from "./trigger-protocol.js";

export type { TriggerClientLike } from "./trigger-protocol.js";

/** Credentials Trigger.dev would hand a run for one integration key (a HOSTED connection). */
export interface ConnectionAuth {
  readonly type: "oauth2" | "apiKey";
  readonly accessToken: string;
  readonly scopes?: string[];
  readonly additionalFields?: Record<string, string>;
}

/** Options of {@link RunHarness.runJob}. */
export interface RunJobOptions {
  /** Per integration key, the connection auth the run receives; a string is an OAuth access token. */
  readonly connections?: Readonly<Record<string, ConnectionAuth | string>>;
  /** The triggering event's name; defaults to the one the job's trigger listens for. */
  readonly eventName?: string;
  /** The triggering event's context. */
  readonly eventContext?: unknown;
  /**
   * When Trigger.dev received the triggering event, which every execution of the run sees as
   * `ctx.event.timestamp`; now on the harness clock unless given.
   */
  readonly eventTimestamp?: Date;
  /** Upper bound on executions (retries, waits and yields each add one) before the harness gives up. */
  readonly maxExecutions?: number;
}

/** Options of {@link startRunHarness}. */
export interface RunHarnessOptions {
  /** Time as runs see it; a {@link createVirtualClock} (waits skipped) unless given. */
  readonly clock?: Clock;
  /** Where to report requests the run API stand-in has no route for; `console.warn` unless given. */
  readonly log?: (line: string) => void;
}

/** Runs Trigger.dev v2 jobs locally through the real SDK. */
export interface RunHarness {
  /** `apiKey` and `apiUrl` for the `TriggerClient` whose jobs this harness runs. */
  readonly clientOptions: { readonly apiKey: string; readonly apiUrl: string };
  /** The harness's clock. */
  readonly clock: Clock;
  /** The run API stand-in the SDK talks to. */
  readonly api: RunApiStandIn;
  /**
   * Triggers `jobId` with `payload` and runs it to the end as Trigger.dev would: `EXECUTE_JOB`
   * through `client.handleRequest`, then again with the completed tasks cached after each retry,
   * wait or yield, at the time the SDK asked for.
   */
  runJob(client: TriggerClientLike, jobId: string, payload: unknown, options?: RunJobOptions): Promise<RunResult>;
  /** Stops the run API stand-in. */
  close(): Promise<void>;
}

type ExecutionResponse = { status: string; [key: string]: unknown };

const toError = (value: unknown): ErrorRecord => {
  const error = (value ?? {}) as Partial<ErrorRecord>;
  return {
    message: typeof error.message === "string" ? error.message : JSON.stringify(value),
    ...(error.name ? { name: error.name } : {}),
    ...(error.stack ? { stack: error.stack } : {}),
  };
};

/**
 * Starts a {@link RunHarness}: the run API stand-in on 127.0.0.1 plus the loop that plays
 * Trigger.dev's part. Create your `TriggerClient` with `harness.clientOptions`.
 */
export async function startRunHarness(options: RunHarnessOptions = {}): Promise<RunHarness> {
  const clock = options.clock ?? createVirtualClock();
  const log = options.log ?? ((line: string) => console.warn(line));
  const api = await startRunApiStandIn({ clock, log });
  let runs = 0;

  const send = (client: TriggerClientLike, action: string, body?: unknown) =>
    sendAction(client, api.apiKey, action, {
      headers: { "content-type": "application/json" },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });

  const findJob = async (client: TriggerClientLike, jobId: string) => {
    const { jobs } = await indexClient(client, api.apiKey);
    const job = jobs.find((candidate) => candidate.id === jobId);
    if (!job) {
      const known = jobs.map((candidate) => `"${candidate.id}"`).join(", ") || "none";
      throw new RunHarnessError(
        `the TriggerClient "${client.id}" has no job "${jobId}" (its jobs: ${known}). Define it with client.defineJob({ id: "${jobId}", ... }).`,
      );
    }
    return job;
  };

  const runJob: RunHarness["runJob"] = async (client, jobId, payload, runOptions = {}) => {
    const job = await findJob(client, jobId);
    const runId = `run_${++runs}_${randomBytes(4).toString("hex")}`;
    const startedAt = new Date(clock.now());
    const eventName = runOptions.eventName ?? (Array.isArray(job.event.name) ? job.event.name[0] : job.event.name);
    const event = {
      id: `evt_${randomBytes(6).toString("hex")}`,
      name: eventName ?? jobId,
      payload: payload ?? null,
      context: runOptions.eventContext ?? null,
      timestamp: (runOptions.eventTimestamp ?? startedAt).toISOString(),
    };
    const connections = Object.fromEntries(
      Object.entries(runOptions.connections ?? {}).map(([key, auth]) => [
        key,
        typeof auth === "string" ? { type: "oauth2", accessToken: auth } : auth,
      ]),
    );
    const unknownBefore = api.unknownRequests.length;
    const yieldedExecutions: string[] = [];
    const responses: ExecutionResponse[] = [];
    const maxExecutions = runOptions.maxExecutions ?? 50;
    let durationMs = 0;
    let waitedMs = 0;
    let simulatedWaitMs = 0;

    const waitUntil = async (time: Date) => {
      const before = clock.now();
      const wallBefore = Date.now();
      await clock.waitUntil(time);
      const waited = Math.max(0, clock.now() - before);
      waitedMs += waited;
      // What the clock reports beyond the wall time that really passed was skipped, not slept.
      simulatedWaitMs += Math.max(0, waited - (Date.now() - wallBefore));
    };

    const finish = (status: RunStatus, response: ExecutionResponse): RunResult => ({
      runId,
      job: { id: job.id, version: job.version },
      event: { id: event.id, name: event.name, payload: event.payload },
      status,
      output: status === "SUCCESS" ? (response.output ?? null) : undefined,
      error: status === "ERROR" ? toError(response.error) : undefined,
      issues: status === "UNRESOLVED_AUTH_ERROR" ? (response.issues as RunResult["issues"]) : undefined,
      tasks: api.tasksOf(runId),
      executions: responses.length,
      startedAt,
      completedAt: new Date(clock.now()),
      durationMs,
      waitedMs,
      simulatedWaitMs,
      responses,
      unknownRequests: api.unknownRequests.slice(unknownBefore) as UnknownRequest[],
    });

    while (responses.length < maxExecutions) {
      const body = {
        event,
        job: { id: job.id, version: job.version },
        run: { id: runId, isTest: false, isRetry: false, startedAt: startedAt.toISOString() },
        environment: { id: "env_harness", slug: "dev", type: "DEVELOPMENT" },
        organization: { id: "org_harness", title: "Run harness", slug: "harness" },
        project: { id: "project_harness", name: "Run harness", slug: "harness" },
        account: { id: "account_harness", metadata: {} },
        tasks: api.service.cachedTasks(runId),
        connections,
        yieldedExecutions,
      };
      const started = performance.now();
      const response = (await send(client, "EXECUTE_JOB", body)) as ExecutionResponse;
      durationMs += performance.now() - started;
      responses.push(response);

      switch (response.status) {
        case "SUCCESS":
        case "ERROR":
        case "UNRESOLVED_AUTH_ERROR":
        case "INVALID_PAYLOAD":
        case "CANCELED":
          return finish(response.status, response);
        case "RETRY_WITH_TASK": {
          const task = response.task as { id: string };
          const retryAt = new Date(response.retryAt as string | Date);
          api.service.retryLater(runId, task.id, toError(response.error), retryAt);
          await waitUntil(retryAt);
          break;
        }
        case "RESUME_WITH_TASK": {
          const task = response.task as { id: string; delayUntil?: string | Date | null; operation?: string | null };
          // The request as the run stored it, as Trigger.dev's server sends it (not the copy the run answered with).
          const stored = api.service.find(runId, task.id)?.params as BackgroundOperationParams | undefined;
          if (task.operation === "fetch-response" && stored) {
            api.service.complete(runId, task.id, await fetchResponse(stored));
            break;
          }
          if (task.operation === "fetch-poll" && stored) {
            const wait = (seconds: number) => waitUntil(new Date(clock.now() + seconds * 1000));
            api.service.complete(runId, task.id, await pollUntilMatched(stored, wait));
            break;
          }
          if (!task.delayUntil) {
            throw new RunHarnessError(
              `task ${task.id} waits for something the harness cannot deliver (a callback or a background operation).`,
            );
          }
          await waitUntil(new Date(task.delayUntil));
          api.service.complete(runId, task.id, {});
          break;
        }
        case "YIELD_EXECUTION":
          yieldedExecutions.push(String(response.key));
          break;
        case "AUTO_YIELD_EXECUTION":
          break;
        case "AUTO_YIELD_EXECUTION_WITH_COMPLETED_TASK": {
          const output = typeof response.output === "string" ? JSON.parse(response.output) : null;
          api.service.complete(runId, String(response.id), output, response.properties as never);
          break;
        }
        case "AUTO_YIELD_RATE_LIMIT":
          await waitUntil(new Date(Number(response.reset)));
          break;
        default:
          throw new RunHarnessError(`the run answered ${response.status}, which the harness does not support yet.`);
      }
    }
    throw new RunHarnessError(
      `job "${jobId}" was still not finished after ${maxExecutions} executions. ` +
        "Check for a task that always fails with retryAt, or raise `maxExecutions`.",
    );
  };

  return {
    clientOptions: { apiKey: api.apiKey, apiUrl: api.url },
    clock,
    api,
    runJob,
    close: () => api.close(),
  };
}
