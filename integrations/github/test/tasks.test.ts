import { describe, expect, it } from "vitest";
import { bindToStandIn } from "./support/bind-to-stand-in.js";
import { exposedAliases, exposedTasks } from "./support/exposed-tasks.js";
import { matchesEndpoint, readmeTasks } from "./support/readme-tasks.js";
import { taskCases } from "./support/task-cases.js";

/** Words each starting with a capital ("Create Pull Request", "Re-run Workflow"). */
const TITLE_CASE = /^[A-Z][A-Za-z-]*( [A-Z][A-Za-z-]*)*$/;

type AnyTask = (key: string, params?: unknown, options?: unknown) => Promise<unknown>;
const taskOf = (github: object, namespace: string, method: string) =>
  ((github as Record<string, Record<string, AnyTask>>)[namespace] as Record<string, AnyTask>)[method]?.bind(
    (github as Record<string, object>)[namespace],
  ) as AnyTask;

describe("every task against GitHub's API description (validating stand-in)", () => {
  it("covers exactly the tasks the class exposes", () => {
    const { github } = bindToStandIn();
    const exposed = exposedTasks(github).map(({ namespace, method }) => `${namespace}.${method}`);
    const cased = taskCases.map(({ namespace, method }) => `${namespace}.${method}`);
    expect(new Set(cased).size).toBe(cased.length);
    expect(cased.sort()).toEqual(exposed.sort());
    expect(exposed.length).toBeGreaterThanOrEqual(52);
  });

  const named = taskCases.map((taskCase) => [`${taskCase.namespace}.${taskCase.method}`, taskCase] as const);

  it.each(named)("%s: a request GitHub accepts, its JSON as output", async (_name, taskCase) => {
    const { github, tasks, sent } = bindToStandIn();
    const output = await taskOf(
      github,
      taskCase.namespace,
      taskCase.method,
    )(`task-${taskCase.method}`, taskCase.params);
    const [task] = tasks;
    expect(task?.status).toBe("completed");
    expect(sent.length).toBeGreaterThan(0);
    // It sends the endpoint the README names for it, and nothing else.
    const row = readmeTasks().find((r) => r.namespace === taskCase.namespace && r.method === taskCase.method);
    for (const request of sent) {
      const documented = row?.endpoints.some((endpoint) => matchesEndpoint(request, endpoint));
      expect(documented, `${request.method} ${request.path} is in the README row`).toBe(true);
    }
    expect(task?.options?.name).toMatch(TITLE_CASE);
    expect(task?.options?.icon).toBe("github");
    // The output is the response's JSON data, unchanged by a round trip through JSON.
    expect(JSON.parse(JSON.stringify(output ?? null))).toEqual(output ?? null);
    expect(task?.output).toBe(output);
    const params = taskCase.params ?? {};
    if ("repo" in params) {
      expect(task?.options?.properties).toEqual(
        expect.arrayContaining([
          { label: "Owner", text: params.owner },
          { label: "Repo", text: params.repo },
        ]),
      );
    }
    // Webhook secrets are credentials: never in the params or anything else the dashboard shows.
    expect(JSON.stringify(tasks.map((t) => t.options))).not.toMatch(/whsec-canary/);
  });

  it.each(named.filter(([, taskCase]) => taskCase.alias))("%s has its flat alias", async (_name, taskCase) => {
    const viaNamespace = bindToStandIn();
    await taskOf(viaNamespace.github, taskCase.namespace, taskCase.method)("via-namespace", taskCase.params);
    const viaAlias = bindToStandIn();
    const alias = (viaAlias.github as unknown as Record<string, AnyTask>)[taskCase.alias as string] as AnyTask;
    await alias.call(viaAlias.github, "via-alias", taskCase.params);
    expect(viaAlias.sent).toEqual(viaNamespace.sent);
    expect(viaAlias.tasks.map((t) => t.options?.name)).toEqual(viaNamespace.tasks.map((t) => t.options?.name));
  });

  it("has the 27 flat aliases of @trigger.dev/github", () => {
    const { github } = bindToStandIn();
    const aliases = taskCases.flatMap((taskCase) => (taskCase.alias ? [taskCase.alias] : []));
    expect(aliases).toHaveLength(27);
    expect(exposedAliases(github).sort()).toEqual([...new Set(aliases)].sort());
  });
});
