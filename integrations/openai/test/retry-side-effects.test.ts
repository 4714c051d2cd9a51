import { describe, expect, it } from "vitest";
import { MARKER_KEY, Openai, openaiTasks } from "../src/index.js";
import { readmeTasks } from "./support/readme-tasks.js";
import { key, taskCases, taskOf } from "./support/task-cases.js";
import { bindToStandIn, useOpenaiStandIn } from "./support/use-stand-in.js";

/** The tasks whose creates the kit checks for an earlier result before creating again. */
const checked = openaiTasks(new Openai({ id: "openai" })).filter((task) => typeof task.spec.sideEffect === "object");

describe("a create whose answer was lost is found on the retry, not made twice", { timeout: 60_000 }, () => {
  const standIn = useOpenaiStandIn();

  it("covers every checked create", () => {
    expect(checked.map(key).sort()).toEqual([
      "batches.create",
      "beta.assistants.create",
      "beta.threads.messages.create",
      "beta.threads.runs.create",
      "beta.threads.runs.createAndWaitForCompletion",
      "fineTuning.create",
      "fineTuning.jobs.create",
      "vectorStores.create",
    ]);
  });

  it.each(checked.map((task) => [key(task), task] as const))("%s", async (name, task) => {
    const taskCase = taskCases.find((candidate) => key(candidate) === name);
    const route = readmeTasks()
      .find((row) => key(row) === name)
      ?.routes.find((r) => r.startsWith("POST"));
    expect(taskCase && route, name).toBeTruthy();
    standIn().failNext(route as string, { loseResponse: true });
    const first = bindToStandIn(standIn());
    const lost = await taskOf(
      first.openai,
      task.namespace,
      task.method,
    )("create", ...(taskCase?.args() ?? [])).catch((error: unknown) => error);
    expect(lost).toBeInstanceOf(Error);
    // The lost answer is retried (transient), not refused, because the retry can look first.
    expect(first.tasks[0]?.answer).toBeUndefined();
    const created = standIn().requests.find((request) => request.delivery === "lost");
    const collection = created?.path.split("?")[0] as string;
    const [made] = standIn().objects(collection);
    expect(made?.metadata).toMatchObject({ [MARKER_KEY]: "task_1" });

    const retry = bindToStandIn(standIn(), {}, { attempt: 2 });
    const output = (await taskOf(retry.openai, task.namespace, task.method)("create", ...(taskCase?.args() ?? []))) as {
      id: string;
      status?: string;
    };
    expect(output.id).toBe(made?.id);
    // A create that waits waits for what the earlier try made, as the first try would have.
    if (name.endsWith("AndWaitForCompletion")) expect(output.status).toBe("completed");
    expect(standIn().objects(collection)).toHaveLength(1);
    expect(
      standIn().requests.filter((request) => request.method === "POST" && request.path.startsWith(collection)),
    ).toHaveLength(1);
  });
});
