import { tasksOf } from "@acme/integration-kit";
import type { Stripe } from "../../src/index.js";

/** One task as the class exposes it: `io.stripe.<group>.<method>`. */
export interface ExposedTask {
  readonly group: string;
  readonly method: string;
}

/** Every declared task of every task group of `stripe`, read from the classes themselves. */
export function exposedTasks(stripe: Stripe): ExposedTask[] {
  return tasksOf(stripe).map(({ group, name }) => ({ group, method: name }));
}

/** The flat aliases: methods of the class itself that are neither the kit's Integration's nor triggers (`on*`). */
export function exposedAliases(stripe: Stripe): string[] {
  return Object.entries(Object.getOwnPropertyDescriptors(Object.getPrototypeOf(stripe)))
    .filter(([name, descriptor]) => typeof descriptor.value === "function" && name !== "constructor")
    .map(([name]) => name)
    .filter((name) => !["createClient", "describeFailure", "on"].includes(name) && !/^on[A-Z]/.test(name));
}

type AnyTask = (key: string, params?: unknown, options?: unknown) => Promise<unknown>;

/** The task function `stripe.<group>.<method>`, bound to its group. */
export function taskOf(stripe: Stripe, group: string, method: string): AnyTask {
  const namespace = (stripe as unknown as Record<string, Record<string, AnyTask>>)[group];
  const task = namespace?.[method];
  if (!task) throw new Error(`no task ${group}.${method}`);
  return task.bind(namespace);
}
