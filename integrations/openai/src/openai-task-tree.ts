import { declaredTasks, TaskGroup, type TaskSpec } from "@acme/integration-kit";

/** One declared task and where it is reached: `io.openai.<namespace>.<method>` (`chat.completions`, `create`). */
export interface OpenaiTask {
  readonly namespace: string;
  readonly method: string;
  readonly spec: TaskSpec<unknown, unknown, unknown>;
}

/** Own properties and prototype getters of an object, by name. */
function members(value: object): [string, unknown][] {
  const found = new Map<string, unknown>(Object.entries(value));
  for (
    let proto = Object.getPrototypeOf(value);
    proto && proto !== Object.prototype;
    proto = Object.getPrototypeOf(proto)
  ) {
    for (const [name, descriptor] of Object.entries(Object.getOwnPropertyDescriptors(proto))) {
      if (descriptor.get && !found.has(name)) found.set(name, descriptor.get.call(value));
    }
  }
  return [...found];
}

/**
 * Every declared task of an OpenAI integration or client, walking its namespaces as the SDK nests
 * them (`chat.completions`, `fineTuning.jobs`, `beta.threads.runs`); each task once, under its
 * first path (so `fineTunes`, another name of `fineTuning`, is not counted again: every group
 * class is reached at one place).
 */
export function openaiTasks(root: object): OpenaiTask[] {
  const found: OpenaiTask[] = [];
  const seen = new Set<string>();
  const visit = (value: object, path: string[]) => {
    for (const [name, member] of members(value)) {
      if (!member || typeof member !== "object") continue;
      const namespace = [...path, name];
      if (member instanceof TaskGroup) {
        if (seen.has(member.constructor.name)) continue;
        seen.add(member.constructor.name);
        for (const [method, spec] of declaredTasks(member)) {
          found.push({ namespace: namespace.join("."), method, spec });
        }
      }
      if (path.length < 3 && (member instanceof TaskGroup || Object.getPrototypeOf(member) === Object.prototype)) {
        visit(member, namespace);
      }
    }
  };
  visit(root, []);
  return found;
}
