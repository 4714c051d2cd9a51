import { type IntegrationOptions, type IntegrationTask, tasksOf } from "@acme/integration-kit";
import type { ContractContext } from "./subject.js";

/** Where no request ever goes: the instance the suite walks for its declared tasks is never bound. */
const NOWHERE = "http://127.0.0.1:9";

/** Every declared task of the subject, found through its task groups, as `<group>.<task>`. */
export function declaredTaskIds<TClient, TOptions extends IntegrationOptions>(
  context: ContractContext<TClient, TOptions>,
): { id: string; task: IntegrationTask }[] {
  return tasksOf(context.makeAt(NOWHERE)).map((task) => ({ id: `${task.group}.${task.name}`, task }));
}

type TaskFunction = (key: string, params: unknown, options?: unknown) => Promise<unknown>;

/** Calls the declared task `id` (`"issues.create"`, `"chat.completions.create"`) on a bound instance, as a job's `io.<key>.<group>.<task>`. */
export function callDeclared(bound: object, id: string, params: unknown, options?: unknown): Promise<unknown> {
  const path = id.split(".");
  const name = path.pop() ?? "";
  let tasks: Record<string, TaskFunction> | undefined = bound as Record<string, TaskFunction>;
  for (const group of path)
    tasks = (tasks as unknown as Record<string, Record<string, TaskFunction>> | undefined)?.[group];
  const task = tasks?.[name];
  if (!tasks || !task) throw new TypeError(`the bound integration has no task ${id}`);
  return task.call(tasks, `contract-${id}`, params, options);
}

/** The sample params of task `id`, or a failure saying where to add them. */
export function paramsOf<TClient, TOptions extends IntegrationOptions>(
  context: ContractContext<TClient, TOptions>,
  id: string,
): unknown {
  if (!Object.hasOwn(context.subject.taskParams, id)) {
    throw new TypeError(
      `add params for "${id}" to \`taskParams\` in the contract test: every declared task needs them`,
    );
  }
  return context.subject.taskParams[id];
}
