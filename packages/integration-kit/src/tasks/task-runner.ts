import type { TaskSpec } from "./task-declaration.js";

/** How tasks are called where a task group is used. */
export type RunMode = "job" | "call";

/**
 * Runs declared tasks in one runtime: a v2 run's `io.runTask` (`"job"`: a key, the params, then
 * options) or a plain awaited call (`"call"`: the params, then options). Both end in the kit's
 * one implementation ({@link executeTask}); a runner only adapts the arguments and the answer.
 */
export interface TaskRunner<TClient> {
  readonly mode: RunMode;
  run<P, R>(spec: TaskSpec<TClient, P, R>, args: readonly unknown[]): Promise<R>;
}
