import { executeTask, explainFailure, type TaskEngine } from "./execute-task.js";
import { pageLimitOf } from "./list-arguments.js";
import {
  type CallOptions,
  type ListOptions,
  TASK_SPEC,
  type TaskCallContext,
  type TaskSpec,
} from "./task-declaration.js";
import type { TaskRunner } from "./task-runner.js";

/**
 * Runs declared tasks as plain awaited calls, `(params, options?)`, with the same timeout, failure
 * verdict and redaction as a v2 task: a failure throws a {@link ServiceError} whose `verdict` a v4
 * `catchError` hook (or any caller) can act on. `credential` is asked on every call, so a
 * rotating credential works.
 */
export function callRunner<TClient>(
  engine: TaskEngine<TClient>,
  credential: () => string | Promise<string>,
): TaskRunner<TClient> {
  const runner: TaskRunner<TClient> = {
    mode: "call",
    async run<P, R>(spec: TaskSpec<TClient, P, R>, args: readonly unknown[]): Promise<R> {
      const [params, options] = args as [P, (ListOptions & CallOptions) | undefined];
      const idempotencyKey = options?.idempotencyKey;
      const attempt = options?.attempt ?? 1;
      let paginate: ReturnType<typeof pageLimitOf>;
      try {
        paginate = pageLimitOf(spec.pager !== undefined, spec.name, params, options);
      } catch (error) {
        throw explainFailure(engine, error, spec.name);
      }
      const context: TaskCallContext = {
        idempotencyKey,
        attempt,
        step: (key, declared, stepParams) =>
          runner.run(declared[TASK_SPEC] as unknown as TaskSpec<TClient, unknown, never>, [
            stepParams,
            { attempt, ...(idempotencyKey === undefined ? {} : { idempotencyKey: `${idempotencyKey}:${key}` }) },
          ]),
      };
      return executeTask(engine, spec, {
        params,
        paginate,
        credential: await credential(),
        context,
        checkFirst: idempotencyKey !== undefined,
      });
    },
  };
  return runner;
}
