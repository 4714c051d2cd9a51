/** A cell's outcome. */
export interface CellOutcome {
  readonly id: string;
  readonly ok: boolean;
}

/** How the outcomes compare with the list of expected failures. */
export interface MatrixVerdict {
  readonly passed: number;
  readonly failed: number;
  /** Failing cells not in the list: a regression. */
  readonly unexpectedFailures: readonly string[];
  /** Listed cells that passed: fixed, so their line must go. */
  readonly nowPassing: readonly string[];
  /** Listed ids that are no cell of the matrix (renamed or removed). */
  readonly unknown: readonly string[];
  /** True when the outcomes are exactly what the list says. */
  readonly asExpected: boolean;
}

/**
 * Compares the outcomes with `expected` (cell id to reason). Cells in `unsettled` (id to reason)
 * pass or fail intermittently: they are reported but held to neither outcome.
 */
export function matrixVerdict(
  outcomes: readonly CellOutcome[],
  expected: Readonly<Record<string, string>>,
  unsettled: Readonly<Record<string, string>> = {},
): MatrixVerdict {
  const ids = new Set(outcomes.map((cell) => cell.id));
  const held = outcomes.filter((cell) => !(cell.id in unsettled));
  const unexpectedFailures = held.filter((cell) => !cell.ok && !(cell.id in expected)).map((cell) => cell.id);
  const nowPassing = held.filter((cell) => cell.ok && cell.id in expected).map((cell) => cell.id);
  const unknown = Object.keys(expected).filter((id) => !ids.has(id));
  const failed = outcomes.filter((cell) => !cell.ok).length;
  return {
    passed: outcomes.length - failed,
    failed,
    unexpectedFailures,
    nowPassing,
    unknown,
    asExpected: unexpectedFailures.length === 0 && nowPassing.length === 0 && unknown.length === 0,
  };
}
