import { describe, expect, it } from "vitest";
import { Openai, openaiTasks } from "../src/index.js";
import { readmeTasks } from "./support/readme-tasks.js";
import { taskCases } from "./support/task-cases.js";
import { THEIR_ALIASES } from "./support/their-aliases.js";

/** The class's flat aliases: its own getters that hand back a task function. */
function flatAliases(openai: Openai): string[] {
  return Object.entries(Object.getOwnPropertyDescriptors(Openai.prototype))
    .filter(([, descriptor]) => descriptor.get && typeof descriptor.get.call(openai) === "function")
    .map(([name]) => name);
}

describe("the README's task table", () => {
  const openai = new Openai({ id: "readme" });
  const rows = readmeTasks();
  const key = (task: { namespace: string; method: string }) => `${task.namespace}.${task.method}`;

  it("lists exactly the tasks the class declares, each once, at least 70", () => {
    const listed = rows.map(key);
    expect(new Set(listed).size).toBe(listed.length);
    expect([...listed].sort()).toEqual(openaiTasks(openai).map(key).sort());
    expect(rows.length).toBeGreaterThanOrEqual(70);
    expect(rows.length).toBe(taskCases.length);
  });

  it("names each alias beside its task: every flat alias of the class, and all 27 of @trigger.dev/openai", () => {
    for (const row of rows) {
      expect(row.aliases, key(row)).toEqual([...(taskCases.find((c) => key(c) === key(row))?.aliases ?? [])]);
    }
    const flat = rows.flatMap((row) => row.aliases).filter((alias) => !alias.includes("."));
    expect([...flat].sort()).toEqual(flatAliases(openai).sort());
    expect([...flat].sort()).toEqual([...THEIR_ALIASES].sort());
  });

  it("names OpenAI's route for every task but the removed Edits API", () => {
    for (const row of rows) {
      if (row.namespace === "edits") expect(row.routes).toEqual([]);
      else expect(row.routes.length, key(row)).toBeGreaterThan(0);
    }
  });

  it("keeps every namespace of @trigger.dev/openai", () => {
    const namespaces = new Set(rows.map((row) => row.namespace));
    for (const theirs of [
      "models",
      "completions",
      "chat.completions",
      "edits",
      "images",
      "embeddings",
      "files",
      "fineTuning",
      "fineTuning.jobs",
      "beta.assistants",
      "beta.threads",
      "beta.threads.runs",
      "beta.threads.messages",
    ]) {
      expect(namespaces, theirs).toContain(theirs);
    }
    expect(openai.fineTunes).toBeInstanceOf(openai.fineTuning.constructor);
  });
});
