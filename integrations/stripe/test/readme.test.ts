import { tasksOf } from "@acme/integration-kit";
import { describe, expect, it } from "vitest";
import { Stripe } from "../src/index.js";
import { exposedAliases } from "./support/exposed-tasks.js";
import { readmeTasks } from "./support/readme-tasks.js";
import { taskCases } from "./support/task-cases.js";

/** What the README says a retry does, for each kind of side effect a task declares. */
const ON_RETRY: Record<string, RegExp> = {
  deduplicated: /^`Idempotency-Key`/,
  idempotent: /^idempotent/,
  none: /^read/,
};

describe("the README's task table", () => {
  const stripe = new Stripe({ id: "readme" });
  const rows = readmeTasks();
  const key = (task: { group: string; method: string }) => `${task.group}.${task.method}`;

  it("lists exactly the tasks the class exposes, each once, and the suite runs each of them", () => {
    const listed = rows.map(key);
    expect(new Set(listed).size).toBe(listed.length);
    expect([...listed].sort()).toEqual(
      tasksOf(stripe)
        .map(({ group, name }) => `${group}.${name}`)
        .sort(),
    );
    expect([...listed].sort()).toEqual(taskCases.map(key).sort());
    expect(rows.length).toBeGreaterThanOrEqual(45);
  });

  it("names each flat alias beside its task, and every alias the class has", () => {
    for (const row of rows) expect(row.alias, key(row)).toBe(taskCases.find((c) => key(c) === key(row))?.alias);
    expect(rows.flatMap((row) => (row.alias ? [row.alias] : [])).sort()).toEqual(exposedAliases(stripe).sort());
  });

  it("says what a retry does as the task declares it: keyed POSTs, idempotent DELETEs, reads", () => {
    for (const { group, name, spec } of tasksOf(stripe)) {
      const row = rows.find((r) => key(r) === `${group}.${name}`);
      const effect = typeof spec.sideEffect === "string" ? spec.sideEffect : "checked";
      expect(row?.onRetry, `${group}.${name} (${effect})`).toMatch(ON_RETRY[effect] ?? /^$/);
      expect(row?.endpoint.startsWith("POST "), `${group}.${name}`).toBe(effect === "deduplicated");
      if (row?.endpoint.startsWith("DELETE ")) expect(effect).toBe("idempotent");
    }
  });
});
