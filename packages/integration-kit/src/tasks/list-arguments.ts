import type { PageLimit } from "../page-limit.js";
import { TaskInputError } from "../task-input-error.js";
import { checkPageLimit } from "./collect-pages.js";
import type { ListOptions } from "./task-declaration.js";

/** Bounds that belong in the options, not the params (where older Slack tasks took them). */
const MISPLACED = ["paginate", "maxPages", "maxItems"] as const;

/**
 * The page bounds of one call, checked: `{ paginate }` only on list tasks, valid bounds, and none
 * left inside the params, where the service would receive them as unknown arguments.
 */
export function pageLimitOf(lists: boolean, name: string, params: unknown, options: unknown): PageLimit | undefined {
  const paginate = (options as ListOptions | undefined)?.paginate;
  if (!lists) {
    if (paginate !== undefined) throw new TaskInputError(`"${name}" is not a list task, so it takes no \`paginate\``);
    return undefined;
  }
  const misplaced = params && typeof params === "object" ? MISPLACED.filter((name) => name in params) : [];
  if (misplaced.length > 0) {
    throw new TaskInputError(
      `page bounds go after the params, not inside them (found ${misplaced.map((name) => `\`${name}\``).join(", ")})`,
      "Pass them as the argument after the params: { paginate: { maxPages: 10 } } or { paginate: { maxItems: 500 } }.",
    );
  }
  return checkPageLimit(paginate);
}
