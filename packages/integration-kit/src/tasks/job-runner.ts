import { defaultRetry } from "../default-retry.js";
import { TaskOutsideRunError } from "../errors.js";
import { answerFailure } from "../failure-policy.js";
import { redactOutput } from "../redact.js";
import { ServiceError } from "../service-error.js";
import { displayProperties, toJsonValue } from "../task-values.js";
import type { IntegrationTaskKey, IO, IOTask, Json, RunTaskOptions } from "../v2-api/index.js";
import { executeTask, explainFailure, type TaskEngine } from "./execute-task.js";
import { pageLimitOf } from "./list-arguments.js";
import {
  type ListOptions,
  TASK_SPEC,
  type TaskCallContext,
  type TaskProperty,
  type TaskSpec,
} from "./task-declaration.js";
import type { TaskRunner } from "./task-runner.js";

/** What a v2 integration instance is bound to during one run. */
export interface RunBinding {
  readonly io: IO;
  readonly connectionKey: string;
  readonly credential: string;
}

/** Dashboard properties of a call; a declaration that cannot read odd params shows none rather than failing. */
function propertiesOf<P>(properties: (params: P) => readonly TaskProperty[], params: P) {
  let pairs: readonly TaskProperty[] = [];
  try {
    pairs = properties(params);
  } catch {
    // The call itself will say what is wrong with the params.
  }
  return displayProperties(pairs);
}

/**
 * Runs declared tasks as Trigger.dev v2 tasks: `(key, params, options?)` becomes one `io.runTask`
 * with the task's name, the caller's params as JSON (credentials redacted), its properties, the
 * service's icon, a default retry and the run's connection; the failure's verdict is answered
 * with `retryAt` / `skipRetrying` / the default backoff. Outside a run it refuses with
 * {@link TaskOutsideRunError}.
 */
export function jobRunner<TClient>(
  engine: TaskEngine<TClient>,
  icon: string,
  binding: RunBinding | undefined,
): TaskRunner<TClient> {
  return {
    mode: "job",
    async run<P, R>(spec: TaskSpec<TClient, P, R>, args: readonly unknown[]): Promise<R> {
      const [key, params, options] = args as [IntegrationTaskKey, P, ListOptions | undefined];
      if (!binding) throw new TaskOutsideRunError(engine.origin, spec.name);
      const shown =
        options?.paginate && params && typeof params === "object" ? { ...params, paginate: options.paginate } : params;
      // The dashboard shows these: the credential goes, wherever the caller put its value.
      const secrets = [binding.credential];
      const runOptions: RunTaskOptions = {
        name: spec.name,
        icon,
        retry: defaultRetry,
        params: redactOutput(toJsonValue(shown ?? null), secrets) as Json,
        properties: redactOutput(propertiesOf(spec.properties, params), secrets),
        connectionKey: binding.connectionKey,
      };
      const output = await binding.io.runTask(
        key,
        async (task: IOTask, io: IO) => {
          let paginate: ReturnType<typeof pageLimitOf>;
          try {
            paginate = pageLimitOf(spec.pager !== undefined, spec.name, params, options);
          } catch (error) {
            throw explainFailure(engine, error, spec.name);
          }
          const step = jobRunner(engine, icon, { ...binding, io });
          const context: TaskCallContext = {
            idempotencyKey: task.idempotencyKey ?? task.id,
            attempt: task.attempts ?? 1,
            io,
            step: (stepKey, declared, stepParams) =>
              step.run(declared[TASK_SPEC] as unknown as TaskSpec<TClient, unknown, never>, [stepKey, stepParams]),
          };
          return (await executeTask(engine, spec, {
            params,
            paginate,
            credential: binding.credential,
            context,
            checkFirst: false,
          })) as Json;
        },
        runOptions,
        (error, task) =>
          error instanceof ServiceError ? answerFailure(error.verdict, error, task.attempts) : undefined,
      );
      return output as R;
    },
  };
}
