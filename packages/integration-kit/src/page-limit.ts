import { TaskInputError } from "./task-input-error.js";

/** How far a list task follows a listing's pages, all inside the one task. */
export interface PageLimit {
  /** Stop after this many pages. */
  readonly maxPages?: number;
  /** Stop after this many items. */
  readonly maxItems?: number;
}

/** A {@link PageLimit} with both bounds settled. */
export interface ResolvedPageLimit {
  readonly maxPages: number;
  readonly maxItems: number;
}

/**
 * Checks a caller's limit and fills in what it leaves out: whole positive numbers only, and never
 * unbounded (`fallbackPages` applies when no `maxPages` is given), so no task walks a listing of
 * tens of thousands of pages inside one run.
 */
export function resolvePageLimit(limit: PageLimit, fallbackPages: number): ResolvedPageLimit {
  for (const name of ["maxPages", "maxItems"] as const) {
    const value = limit[name];
    if (value !== undefined && !(Number.isInteger(value) && value > 0)) {
      throw new TaskInputError(
        `paginate.${name} must be a positive whole number, got ${String(value)}`,
        `Pass a number such as { ${name}: 10 }.`,
      );
    }
  }
  return { maxPages: limit.maxPages ?? fallbackPages, maxItems: limit.maxItems ?? Number.POSITIVE_INFINITY };
}
