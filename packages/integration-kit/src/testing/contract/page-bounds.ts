import type { IntegrationOptions } from "@acme/integration-kit";
import { describe, expect, it } from "vitest";
import type { ContractContext } from "./subject.js";
import { callDeclared, declaredTaskIds, paramsOf } from "./task-calls.js";

/**
 * Every list task keeps the one pagination contract: one page without `paginate`, and exactly
 * `maxPages` pages with it, against a service that always says there is another page.
 */
export function describePageBounds<TClient, TOptions extends IntegrationOptions>(
  context: ContractContext<TClient, TOptions>,
): void {
  const { subject, make, bind, server } = context;
  const lists = declaredTaskIds(context).filter(({ task }) => task.spec.pager !== undefined);
  if (lists.length === 0) return;

  /** How many requests one call of the list task `id` sends while every answer offers a next page. */
  const requestsFor = async (id: string, options?: unknown) => {
    const morePages = subject.morePages;
    if (!morePages) throw new TypeError("give `morePages` in the contract test: the integration has list tasks");
    server().requests.splice(0);
    server().respondWith(morePages);
    const { bound, tasks } = bind(make({ token: "tok-pages-1" }));
    await callDeclared(bound, id, paramsOf(context, id), options);
    expect(tasks.map((task) => task.status)).toEqual(["completed"]);
    return server().requests.length;
  };

  describe("page bounds", () => {
    it.each(lists)("$id: one page by default, exactly maxPages with `paginate`", async ({ id }) => {
      // Three pages first: proves the answer offers further pages, so the one-page counts mean something.
      expect(await requestsFor(id, { paginate: { maxPages: 3 } })).toBe(3);
      expect(await requestsFor(id, { paginate: { maxPages: 1 } })).toBe(1);
      expect(await requestsFor(id)).toBe(1);
    });
  });
}
