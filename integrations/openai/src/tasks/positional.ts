import type { IntegrationTaskKey } from "@acme/integration-kit";
import type { BackgroundFetchOptions } from "./background.js";

type AnyTask = (...args: never[]) => Promise<unknown>;

/** A declared task whose arguments `rebuild` may rewrite first; it keeps the declaration (its spec). */
function adapt<T extends AnyTask>(task: T, rebuild: (args: unknown[]) => unknown[]): T {
  const adapted = (...args: unknown[]) => (task as unknown as (...a: unknown[]) => Promise<unknown>)(...rebuild(args));
  // Object.assign copies the declaration's spec (an enumerable symbol property), so the README
  // table, the contract suite and plain clients see the same task.
  return Object.assign(adapted, task) as unknown as T;
}

/**
 * A declared task that also takes `@trigger.dev/openai`'s positional arguments in a v2 job
 * (`update(key, assistantId, params)` as well as `update(key, { assistant_id, ...params })`): a
 * call whose second argument is a string is rebuilt into the one params object the declaration
 * takes; any other call passes through.
 */
export function positional<T extends AnyTask, A extends unknown[]>(
  task: T,
  toParams: (...positional: A) => unknown,
  /** Options for calls in the positional form (a list `@trigger.dev/openai` read whole: `{ paginate }`). */
  options?: object,
): T & ((key: IntegrationTaskKey, ...positional: A) => ReturnType<T>) {
  return adapt(task, (args) =>
    typeof args[1] === "string"
      ? [args[0], toParams(...(args.slice(1, 1 + toParams.length) as A)), ...(options ? [options] : [])]
      : args,
  ) as T & ((key: IntegrationTaskKey, ...positional: A) => ReturnType<T>);
}

/**
 * A background task that also takes `@trigger.dev/openai`'s `(key, params, options, fetchOptions)`:
 * the fourth argument moves into the params as `fetchOptions`; the third (request options) had
 * no effect worth keeping there.
 */
export function acceptingFetchOptions<T extends AnyTask, P>(
  task: T,
): T &
  ((key: IntegrationTaskKey, params: P, options?: object, fetchOptions?: BackgroundFetchOptions) => ReturnType<T>) {
  return adapt(task, (args) =>
    args.length >= 4 && args[3] && typeof args[3] === "object"
      ? [args[0], { ...(args[1] as object), fetchOptions: args[3] }]
      : args.length >= 3 && typeof args[0] !== "object"
        ? args.slice(0, 2)
        : args,
  ) as T &
    ((key: IntegrationTaskKey, params: P, options?: object, fetchOptions?: BackgroundFetchOptions) => ReturnType<T>);
}
