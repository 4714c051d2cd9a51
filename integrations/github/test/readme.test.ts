import { describe, expect, it } from "vitest";
import { Github } from "../src/index.js";
import { exposedAliases, exposedTasks } from "./support/exposed-tasks.js";
import { readmeTasks } from "./support/readme-tasks.js";
import { taskCases } from "./support/task-cases.js";

describe("the README's task table", () => {
  const github = new Github({ id: "readme" });
  const rows = readmeTasks();
  const key = (task: { namespace: string; method: string }) => `${task.namespace}.${task.method}`;

  it("lists exactly the tasks the class exposes, each once: no more, no fewer", () => {
    const listed = rows.map(key);
    expect(new Set(listed).size).toBe(listed.length);
    expect([...listed].sort()).toEqual(exposedTasks(github).map(key).sort());
  });

  it("counts at least 52 tasks, the same number the suite runs against the stand-in", () => {
    expect(rows.length).toBeGreaterThanOrEqual(52);
    expect(rows.length).toBe(taskCases.length);
  });

  it("names each flat alias beside its task, and every alias the class has", () => {
    for (const row of rows) {
      const taskCase = taskCases.find((c) => key(c) === key(row));
      expect(row.alias, key(row)).toBe(taskCase?.alias);
    }
    const listed = rows.flatMap((row) => (row.alias ? [row.alias] : []));
    expect(listed.sort()).toEqual(exposedAliases(github).sort());
  });

  it("names a GitHub endpoint for every task", () => {
    for (const row of rows) expect(row.endpoints.length, key(row)).toBeGreaterThan(0);
  });
});
