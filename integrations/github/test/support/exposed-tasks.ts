import type { Github } from "../../src/index.js";
import { TaskNamespace } from "../../src/index.js";

/** One task as the class exposes it: `io.github.<namespace>.<method>`. */
export interface ExposedTask {
  readonly namespace: string;
  readonly method: string;
}

/** Every task of every namespace getter of `github`, read from the classes themselves. */
export function exposedTasks(github: Github): ExposedTask[] {
  const tasks: ExposedTask[] = [];
  const getters = Object.entries(Object.getOwnPropertyDescriptors(Object.getPrototypeOf(github)));
  for (const [namespace, descriptor] of getters) {
    if (!descriptor.get) continue;
    const value: unknown = descriptor.get.call(github);
    if (!(value instanceof TaskNamespace)) continue;
    const members = Object.entries(Object.getOwnPropertyDescriptors(Object.getPrototypeOf(value)));
    for (const [method, member] of members) {
      if (method !== "constructor" && typeof member.value === "function") tasks.push({ namespace, method });
    }
  }
  return tasks;
}

/** The flat aliases: methods of the class itself that are not part of the kit's Integration. */
export function exposedAliases(github: Github): string[] {
  const prototype = Object.getPrototypeOf(github);
  return Object.entries(Object.getOwnPropertyDescriptors(prototype))
    .filter(([name, descriptor]) => typeof descriptor.value === "function" && name !== "constructor")
    .map(([name]) => name)
    .filter((name) => !["createClient", "describeFailure"].includes(name));
}
