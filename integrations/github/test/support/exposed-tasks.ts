import { tasksOf } from "@acme/integration-kit";
import type { Github } from "../../src/index.js";

/** One task as the class exposes it: `io.github.<namespace>.<method>`. */
export interface ExposedTask {
  readonly namespace: string;
  readonly method: string;
}

/** Every declared task of every task group of `github`, read from the classes themselves. */
export function exposedTasks(github: Github): ExposedTask[] {
  return tasksOf(github).map(({ group, name }) => ({ namespace: group, method: name }));
}

/** The flat aliases: methods of the class itself that are not part of the kit's Integration. */
export function exposedAliases(github: Github): string[] {
  const prototype = Object.getPrototypeOf(github);
  return Object.entries(Object.getOwnPropertyDescriptors(prototype))
    .filter(([name, descriptor]) => typeof descriptor.value === "function" && name !== "constructor")
    .map(([name]) => name)
    .filter((name) => !["createClient", "describeFailure"].includes(name));
}
