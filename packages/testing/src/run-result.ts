/** A label and value the Trigger.dev dashboard shows beside a task (`owner: acme`). */
export interface DisplayProperty {
  readonly label: string;
  readonly text: string;
  readonly url?: string;
}

/** An error as Trigger.dev carries it between the SDK and the service. */
export interface ErrorRecord {
  readonly message: string;
  readonly name?: string;
  readonly stack?: string;
}

/** A task's state, with Trigger.dev's names. */
export type TaskStatus = "PENDING" | "WAITING" | "RUNNING" | "COMPLETED" | "ERRORED" | "CANCELED";

/** One execution of a task's callback. */
export interface TaskAttempt {
  /** 1 for the first attempt. */
  readonly number: number;
  /** When the SDK asked the run API to start it, on the harness clock. */
  readonly startedAt: Date;
  /** Wall time from start to completion, failure or retry; undefined while running. */
  durationMs: number | undefined;
  /** COMPLETED, ERRORED (failed for good), or RETRYING (failed, and the SDK asked to retry at `retryAt`). */
  status: "RUNNING" | "COMPLETED" | "ERRORED" | "RETRYING";
  /** Why it failed. */
  error?: ErrorRecord;
  /** When the SDK asked to retry it. */
  retryAt?: Date;
}

/** One task of a run, as the run API saw it: what the dashboard shows for a task. */
export interface TaskRecord {
  /** The run API's id for the task. */
  readonly id: string;
  /** Hash of run, parent and key: how a re-executed run finds the task again. */
  readonly idempotencyKey: string;
  /** The task's cache key when it is a string (`"add-labels"`). */
  readonly key: string | undefined;
  /** Display name (`"Add Labels"`). */
  readonly name: string;
  /** What the task says it does; for `io.logger` lines, the message. */
  readonly description: string | undefined;
  /** Icon name (`"github"`). */
  readonly icon: string | undefined;
  /** The parent task's id, for subtasks. */
  readonly parentId: string | undefined;
  /** The integration connection the task used. */
  readonly connectionKey: string | undefined;
  /** True for tasks that run no code (logs, waits). */
  readonly noop: boolean;
  /** The task's input as the integration reported it. */
  readonly params: unknown;
  /** Properties shown beside the task. */
  readonly properties: readonly DisplayProperty[];
  /** Properties added when the task completed. */
  outputProperties: readonly DisplayProperty[];
  /** Current state. */
  status: TaskStatus;
  /** Every execution of the callback, in order. */
  readonly attempts: TaskAttempt[];
  /** When the task was first started, on the harness clock. */
  readonly startedAt: Date;
  /** When it completed or failed for good. */
  completedAt: Date | undefined;
  /** When a waiting task (`io.wait`) resumes. */
  readonly delayUntil: Date | undefined;
  /** The task's output (deserialised JSON) once completed. */
  output: unknown;
  /** The final error once it failed for good. */
  error: ErrorRecord | undefined;
}

/** How a run ended, with Trigger.dev's names. */
export type RunStatus = "SUCCESS" | "ERROR" | "UNRESOLVED_AUTH_ERROR" | "INVALID_PAYLOAD" | "CANCELED";

/** What {@link RunHarness.runJob} returns: the run's outcome and the timeline of its tasks. */
export interface RunResult {
  /** The run's id. */
  readonly runId: string;
  /** The job's id and version. */
  readonly job: { readonly id: string; readonly version: string };
  /** The event that triggered the run. */
  readonly event: { readonly id: string; readonly name: string; readonly payload: unknown };
  /** How the run ended. */
  readonly status: RunStatus;
  /** The job's return value, when it succeeded. */
  readonly output: unknown;
  /** Why it failed, when it failed. */
  readonly error: ErrorRecord | undefined;
  /** Per integration key, why its auth could not be resolved (UNRESOLVED_AUTH_ERROR). */
  readonly issues: Readonly<Record<string, { readonly id: string; readonly error: string }>> | undefined;
  /** Every task in the order the run started them. */
  readonly tasks: readonly TaskRecord[];
  /** How many times the run was executed (1 plus one per retry, wait or yield). */
  readonly executions: number;
  /** When the run started and ended, on the harness clock. */
  readonly startedAt: Date;
  readonly completedAt: Date;
  /** Wall time spent executing the run, excluding waits. */
  readonly durationMs: number;
  /** Time the run spent waiting for `retryAt` / `delayUntil`, on the harness clock. */
  readonly waitedMs: number;
  /** The part of `waitedMs` a virtual clock skipped instead of sleeping (all of it by default; 0 with `systemClock`). */
  readonly simulatedWaitMs: number;
  /** Every response the endpoint gave, in order: what the service would have received. */
  readonly responses: readonly { readonly status: string; readonly [key: string]: unknown }[];
  /** Requests of this run that the run API stand-in had no route for (empty when it knew them all). */
  readonly unknownRequests: readonly { readonly method: string; readonly url: string }[];
}
