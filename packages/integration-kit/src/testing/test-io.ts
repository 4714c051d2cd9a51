import type { IO, IOTask, RunTaskErrorCallback, RunTaskOptions } from "../v2-api/index.js";

/** One `io.runTask` call as the stand-in saw it. */
export interface RecordedTask {
  readonly key: unknown;
  readonly options: RunTaskOptions | undefined;
  status: "running" | "completed" | "failed";
  output?: unknown;
  error?: unknown;
  /** What the integration's error callback answered (retryAt, skipRetrying, ...). */
  answer?: ReturnType<RunTaskErrorCallback>;
}

/** A minimal `io` for unit tests: runs each task once, in process, and records it. */
export interface TestIO {
  readonly io: IO;
  readonly tasks: RecordedTask[];
}

/** Settings for {@link createTestIO}. */
export interface TestIOOptions {
  /** The attempt number each task reports in `task.attempts` (1, the first run, by default). */
  readonly attempt?: number;
}

/**
 * Creates a {@link TestIO}. It stands in for Trigger.dev's run API only; the integration and the
 * vendor client run for real. It does not retry: `answer` shows what Trigger.dev would do next.
 */
export function createTestIO(settings: TestIOOptions = {}): TestIO {
  const tasks: RecordedTask[] = [];
  const io = {
    async runTask(
      key: unknown,
      callback: (task: IOTask, io: IO) => Promise<unknown>,
      options?: RunTaskOptions,
      onError?: RunTaskErrorCallback,
    ) {
      const record: RecordedTask = { key, options, status: "running" };
      tasks.push(record);
      const task = {
        id: `task_${tasks.length}`,
        name: options?.name ?? String(key),
        status: "EXECUTING",
        attempts: settings.attempt ?? 1,
      } as unknown as IOTask;
      try {
        record.output = await callback(task, io as unknown as IO);
        record.status = "completed";
        return record.output;
      } catch (error) {
        record.status = "failed";
        record.error = error;
        record.answer = onError?.(error, task, io as unknown as IO);
        throw error;
      }
    },
  };
  return { io: io as unknown as IO, tasks };
}
