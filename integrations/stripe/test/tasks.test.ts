import { describe, expect, it } from "vitest";
import { exposedAliases, exposedTasks, taskOf } from "./support/exposed-tasks.js";
import { readmeTasks } from "./support/readme-tasks.js";
import { bindToStandIn, TEST_KEY, useStripeStandIn } from "./support/stripe-stand-in.js";
import { seed, taskCases } from "./support/task-cases.js";

/** Words each starting with a capital ("Create Checkout Session"). */
const TITLE_CASE = /^[A-Z][A-Za-z-]*( [A-Z][A-Za-z-]*)*$/;

const standIn = useStripeStandIn();
const named = taskCases.map((taskCase) => [`${taskCase.group}.${taskCase.method}`, taskCase] as const);

describe("every task against Stripe's API description (validating stand-in)", () => {
  it("covers exactly the tasks the class exposes, at least 45", () => {
    const { stripe } = bindToStandIn(standIn());
    const exposed = exposedTasks(stripe).map(({ group, method }) => `${group}.${method}`);
    const cased = named.map(([name]) => name);
    expect(new Set(cased).size).toBe(cased.length);
    expect([...cased].sort()).toEqual([...exposed].sort());
    expect(exposed.length).toBeGreaterThanOrEqual(45);
  });

  it.each(named)("%s: a request Stripe accepts, its JSON as output", async (_name, taskCase) => {
    const seeded = seed(standIn());
    const { stripe, tasks } = bindToStandIn(standIn());
    const output = await taskOf(
      stripe,
      taskCase.group,
      taskCase.method,
    )(`task-${taskCase.method}`, taskCase.params?.(seeded));
    const [task] = tasks;
    expect(task?.status).toBe("completed");
    const sent = standIn().requests;
    expect(sent.length).toBeGreaterThan(0);
    // It calls the endpoint its README row names, as Stripe's description names it, and nothing else.
    const row = readmeTasks().find((r) => r.group === taskCase.group && r.method === taskCase.method);
    for (const request of sent) {
      expect(request.route, `${request.method} ${request.path}`).toBe(row?.endpoint);
      expect(request.status, `${request.method} ${request.path}: ${request.error}`).toBe(200);
      expect(request.apiKey).toBe(TEST_KEY);
      expect(request.stripeVersion).toBe("2026-10-28.endive");
      // Every POST carries the task's idempotency key; GET and DELETE carry none.
      expect(request.idempotencyKey).toBe(request.method === "POST" ? "task_1" : undefined);
    }
    expect(task?.options?.name).toMatch(TITLE_CASE);
    expect(task?.options?.icon).toBe("stripe");
    expect(JSON.parse(JSON.stringify(output ?? null))).toEqual(output ?? null);
    expect(task?.output).toBe(output);
    expect(JSON.stringify([tasks, sent.map((r) => r.body)])).not.toContain(TEST_KEY);
  });

  it.each(named.filter(([, taskCase]) => taskCase.alias))("%s has its flat alias", async (_name, taskCase) => {
    const seeded = seed(standIn());
    const viaGroup = bindToStandIn(standIn());
    await taskOf(viaGroup.stripe, taskCase.group, taskCase.method)("via-group", taskCase.params?.(seeded));
    const viaAlias = bindToStandIn(standIn());
    const alias = (viaAlias.stripe as unknown as Record<string, (k: string, p: unknown) => Promise<unknown>>)[
      taskCase.alias as string
    ];
    await alias?.call(viaAlias.stripe, "via-alias", taskCase.params?.(seeded));
    const [first, second] = [standIn().requests[0], standIn().requests[1]];
    expect(second?.route).toBe(first?.route);
    expect(second?.query).toBe(first?.query);
    expect(viaAlias.tasks.map((t) => t.options?.name)).toEqual(viaGroup.tasks.map((t) => t.options?.name));
  });

  it("has the 8 flat aliases of @trigger.dev/stripe", () => {
    const { stripe } = bindToStandIn(standIn());
    const aliases = taskCases.flatMap((taskCase) => (taskCase.alias ? [taskCase.alias] : []));
    expect(aliases).toHaveLength(8);
    expect(exposedAliases(stripe).sort()).toEqual([...aliases].sort());
  });
});
