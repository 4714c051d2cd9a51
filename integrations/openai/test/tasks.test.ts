import { describeSideEffect, ServiceError } from "@acme/integration-kit";
import { describe, expect, it } from "vitest";
import { Openai, openaiTasks } from "../src/index.js";
import { matchesRoute, readmeTasks } from "./support/readme-tasks.js";
import { key, taskCases, taskOf } from "./support/task-cases.js";
import { bindToStandIn, TEST_KEY, useOpenaiStandIn } from "./support/use-stand-in.js";

/** Words each starting with a capital ("Create Fine Tuning Job"). */
const TITLE_CASE = /^[A-Z][A-Za-z]*( [A-Z][A-Za-z]*)*$/;

describe("every task against OpenAI's API description (validating stand-in)", { timeout: 60_000 }, () => {
  const standIn = useOpenaiStandIn();

  it("covers exactly the tasks the class declares, at least 70", () => {
    const declared = openaiTasks(new Openai({ id: "openai" })).map(key);
    const cased = taskCases.map(key);
    expect(new Set(cased).size).toBe(cased.length);
    expect([...cased].sort()).toEqual([...declared].sort());
    expect(declared.length).toBeGreaterThanOrEqual(70);
  });

  const readme = readmeTasks();
  const named = taskCases.map((taskCase) => [key(taskCase), taskCase] as const);

  it.each(named)("%s sends what OpenAI's description allows, to the README's route", async (name, taskCase) => {
    const { openai, tasks, background } = bindToStandIn(standIn());
    const row = readme.find((candidate) => key(candidate) === name);
    expect(row, `README row for ${name}`).toBeDefined();
    const run = taskOf(openai, taskCase.namespace, taskCase.method)("case", ...taskCase.args());
    if (taskCase.namespace === "edits") {
      // OpenAI removed the Edits API: the task fails at once, naming its replacement, and sends nothing.
      const error = await run.catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(ServiceError);
      expect((error as ServiceError).verdict.kind).toBe("permanent");
      expect((error as Error).message).toMatch(/chat\.completions\.create/);
      expect(standIn().requests).toEqual([]);
      expect(row?.routes).toEqual([]);
      return;
    }
    const output = await run;
    const sent = standIn().requests;
    expect(sent.length, "requests sent").toBeGreaterThan(0);
    for (const request of sent) {
      expect(request.violations, `${request.method} ${request.path}`).toEqual([]);
      expect(request.status).toBeLessThan(300);
      expect(request.apiKey).toBe(TEST_KEY);
      expect(
        row?.routes.some((route) => matchesRoute(request, route)),
        `${request.method} ${request.path} is one of the README's routes for ${name}: ${row?.routes.join(", ")}`,
      ).toBe(true);
    }
    // Background variants hand their request to the run with the key marked redacted.
    for (const request of background) {
      expect(request.headers.Authorization).toMatchObject({ __redactedString: true, strings: ["Bearer ", ""] });
    }
    const [task] = tasks;
    expect(task?.status).toBe("completed");
    expect(task?.options?.name).toMatch(TITLE_CASE);
    expect(JSON.parse(JSON.stringify(output))).toEqual(output);
    expect(JSON.stringify([output, task?.options?.params, task?.options?.properties])).not.toContain(TEST_KEY);
    expect(row?.sideEffect).toBe(
      describeSideEffect(openaiTasks(openai).find((t) => key(t) === name)?.spec.sideEffect ?? "none"),
    );
  });
});
