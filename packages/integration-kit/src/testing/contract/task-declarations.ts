import { type IntegrationOptions, REDACTED } from "@acme/integration-kit";
import { describe, expect, it } from "vitest";
import type { ContractContext } from "./subject.js";
import { callDeclared, declaredTaskIds, paramsOf } from "./task-calls.js";

/** Words each starting with a capital or a digit; a hyphenated word may go on in lower case ("Re-run"). */
const TITLE_CASE = /^[A-Z0-9][A-Za-z0-9]*(-[A-Za-z0-9]+)*( [A-Z0-9][A-Za-z0-9]*(-[A-Za-z0-9]+)*)*$/;

/** The run's credential, which the checks put into the params too. */
const CANARY = "tok-shown-canary/7d3c+9e1a=Zq4";

/** `params` with the credential in it: appended to every top-level string, and in a field of its own. */
function withCredential(params: unknown): Record<string, unknown> {
  const record = params && typeof params === "object" && !Array.isArray(params) ? params : {};
  const marked = Object.entries(record).map(([key, value]) => [
    key,
    typeof value === "string" ? `${value}${CANARY}` : value,
  ]);
  return { ...Object.fromEntries(marked), note: `sent with ${CANARY}` };
}

/**
 * What is uniform across every declared task, checked on each: a Title Case name, at least one
 * dashboard property, and params and properties shown without the credential, even where the
 * caller passed its value in the params.
 */
export function describeTaskDeclarations<TClient, TOptions extends IntegrationOptions>(
  context: ContractContext<TClient, TOptions>,
): void {
  const { subject, make, bind } = context;
  const declared = declaredTaskIds(context);
  const ids = declared.map(({ id }) => id);

  describe("declared tasks", () => {
    it("declares its tasks in task groups, and the contract test gives params for exactly those", () => {
      expect(ids.length, "tasks found through the integration's task-group getters").toBeGreaterThan(0);
      expect(Object.keys(subject.taskParams).sort()).toEqual([...ids].sort());
    });

    it.each(declared)("$id: a Title Case name and at least one property", async ({ id, task }) => {
      expect(task.spec.name).toMatch(TITLE_CASE);
      const { bound, tasks } = bind(make({ token: "tok-declared-1" }));
      await callDeclared(bound, id, paramsOf(context, id)).catch(() => undefined);
      expect(tasks[0]?.options?.name).toBe(task.spec.name);
      expect(tasks[0]?.options?.properties?.length ?? 0, `properties of ${id}`).toBeGreaterThan(0);
    });

    it.each(declared)("$id: params and properties shown without the credential", async ({ id }) => {
      const { bound, tasks } = bind(make({ token: CANARY }));
      await callDeclared(bound, id, withCredential(paramsOf(context, id))).catch(() => undefined);
      expect(tasks.length).toBeGreaterThan(0);
      // Shown, with the credential's place marked: not dropped.
      expect(JSON.stringify(tasks[0]?.options?.params)).toContain(REDACTED);
      for (const { options } of tasks) {
        const shown = JSON.stringify({ params: options?.params, properties: options?.properties });
        for (const form of [CANARY, encodeURIComponent(CANARY)]) expect(shown).not.toContain(form);
      }
    });
  });
}
