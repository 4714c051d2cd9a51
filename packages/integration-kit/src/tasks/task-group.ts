import type { IntegrationTaskKey } from "../v2-api/index.js";
import { deriveProperties } from "./derive-properties.js";
import {
  type CallOptions,
  type DeclaredTask,
  type ListDeclaration,
  type ListOptions,
  TASK_SPEC,
  type TaskDeclaration,
  type TaskSpec,
} from "./task-declaration.js";
import type { RunMode, TaskRunner } from "./task-runner.js";

/** Params are optional where the declaration allows `undefined`. */
type ParamsArg<P> = undefined extends P ? [params?: P] : [params: P];

/** A task as a job calls it (`io.github.issues.create(key, params)`) or as a plain call (`github.issues.create(params)`). */
export type Task<M extends RunMode, P, R> = (M extends "job"
  ? (key: IntegrationTaskKey, ...params: ParamsArg<P>) => Promise<R>
  : (...args: [...ParamsArg<P>, options?: CallOptions]) => Promise<R>) &
  DeclaredTask<P, R>;

/** A list task: a task that also takes `{ paginate }` after its params. */
export type ListTask<M extends RunMode, P, R> = (M extends "job"
  ? (key: IntegrationTaskKey, ...args: [...ParamsArg<P>, options?: ListOptions]) => Promise<R>
  : (...args: [...ParamsArg<P>, options?: ListOptions & CallOptions]) => Promise<R>) &
  DeclaredTask<P, R>;

/**
 * A group of tasks (`io.github.issues`, `slack.chat`): each task one declaration, so a group file
 * reads like a table of endpoints. The same group class serves v2 jobs (`M = "job"`) and plain
 * calls (`M = "call"`); the runner it is built with decides which.
 */
export abstract class TaskGroup<TClient, M extends RunMode = "job"> {
  readonly #runner: TaskRunner<TClient>;

  constructor(runner: TaskRunner<TClient>) {
    this.#runner = runner;
  }

  /** The runner this group's tasks run with, to build the groups a compound task steps through. */
  protected get runner(): TaskRunner<TClient> {
    return this.#runner;
  }

  /** Declares a task. */
  protected task<P, R>(declaration: TaskDeclaration<TClient, P, R>): Task<M, P, R> {
    return this.#bind({ ...declaration, properties: declaration.properties ?? deriveProperties });
  }

  /** Declares a list task: one page by default, further pages with `{ paginate }`. */
  protected listing<P, Page>(declaration: ListDeclaration<TClient, P, Page>): ListTask<M, P, Page> {
    const { name, pager, properties = deriveProperties } = declaration;
    return this.#bind({
      name,
      pager,
      properties,
      sideEffect: "none",
      call: async (client, params) => (await pager.read(client, params, undefined, undefined)).page,
    }) as unknown as ListTask<M, P, Page>;
  }

  #bind<P, R>(spec: TaskSpec<TClient, P, R>): Task<M, P, R> {
    const runner = this.#runner;
    const task = (...args: unknown[]) => runner.run(spec, args);
    return Object.assign(task, { [TASK_SPEC]: spec as TaskSpec<unknown, P, R> }) as unknown as Task<M, P, R>;
  }
}

/** The declared tasks of a group, by property name (for the contract suite and README checks). */
export function declaredTasks(group: object): Map<string, TaskSpec<unknown, unknown, unknown>> {
  const tasks = new Map<string, TaskSpec<unknown, unknown, unknown>>();
  for (const [name, value] of Object.entries(group)) {
    const spec =
      typeof value === "function" ? (value as Partial<DeclaredTask<unknown, unknown>>)[TASK_SPEC] : undefined;
    if (spec) tasks.set(name, spec);
  }
  return tasks;
}

/** The spec of a declared task function. */
export function specOf<P, R>(task: DeclaredTask<P, R>): TaskSpec<unknown, P, R> {
  return task[TASK_SPEC];
}

/** One declared task of an integration, where it is reached: `<integration>.<group>.<name>`. */
export interface IntegrationTask {
  /** The namespace path: `issues`, or `chat.completions` where groups nest as the vendor SDK does. */
  readonly group: string;
  readonly name: string;
  readonly spec: TaskSpec<unknown, unknown, unknown>;
}

/** How deep task groups may nest (`beta.threads.runs`). */
const MAX_NAMESPACE_DEPTH = 4;

/** The members of a namespace: an integration's getters (up its prototype chain), or an object's own properties. */
function namespaceMembers(value: object, root: boolean): [string, unknown][] {
  if (!root) return Object.entries(value);
  const members: [string, unknown][] = [];
  for (
    let proto = Object.getPrototypeOf(value);
    proto && proto !== Object.prototype;
    proto = Object.getPrototypeOf(proto)
  ) {
    for (const [name, descriptor] of Object.entries(Object.getOwnPropertyDescriptors(proto))) {
      if (descriptor.get && !members.some(([seen]) => seen === name)) members.push([name, descriptor.get.call(value)]);
    }
  }
  return members;
}

/**
 * Every declared task of an integration (or a plain client), found through its getters that
 * return task groups, and the groups nested in those (a group's property, or a plain namespace
 * object such as `{ completions }`): what the contract suite and the README tables walk. Each
 * group class is walked once, so a second name for a namespace (an alias getter) adds nothing.
 */
export function tasksOf(integration: object): IntegrationTask[] {
  const found: IntegrationTask[] = [];
  const walked = new Set<unknown>();
  const visit = (value: object, path: readonly string[]) => {
    for (const [name, member] of namespaceMembers(value, path.length === 0)) {
      if (!member || typeof member !== "object") continue;
      const at = [...path, name];
      if (member instanceof TaskGroup) {
        if (walked.has(member.constructor)) continue;
        walked.add(member.constructor);
        for (const [task, spec] of declaredTasks(member)) found.push({ group: at.join("."), name: task, spec });
      } else if (Object.getPrototypeOf(member) !== Object.prototype) continue;
      if (at.length < MAX_NAMESPACE_DEPTH) visit(member, at);
    }
  };
  visit(integration, []);
  return found;
}
