import { type CaseResult, figuresOf } from "./case-result.js";
import { KNOWN_GAPS, type KnownGap } from "./known-gaps.js";
import { type Bound, MEASURES, type MeasureId, measureOf, within } from "./thresholds.js";

/** One gated figure of one integration, judged. */
export interface GateLine {
  readonly service: string;
  readonly measure: MeasureId;
  readonly value: number;
  /** The gate applied: the measure's own, or its known gap's. */
  readonly gate: Bound;
  readonly passed: boolean;
  /** Set for a known gap: its reason, and whether the figure now meets its target (or normal gate). */
  readonly gap?: { readonly why: string; readonly closed: boolean };
  /** Set when the figure was past its gate on a first measurement and within it on a second. */
  readonly retried?: boolean;
}

/** Every gated figure of every result against thresholds.ts and the known gaps (known-gaps.ts). */
export function checkGate(
  results: readonly CaseResult[],
  gaps: Readonly<Partial<Record<string, KnownGap>>> = KNOWN_GAPS,
): GateLine[] {
  return results.flatMap((result) =>
    Object.entries(figuresOf(result)).map(([id, value]) => {
      const measure = id as MeasureId;
      const normal: Bound = MEASURES[measure].gate;
      const known = gaps[`${result.c.service} ${measure}`];
      const gate = known ? { at: normal.at, value: known.gate } : normal;
      return {
        service: result.c.service,
        measure,
        value,
        gate,
        passed: within(value, gate),
        // Closed when it meets the target (or, without one, the normal gate): one lucky run near the gate is not.
        ...(known ? { gap: { why: known.why, closed: within(value, measureOf(measure).target ?? normal) } } : {}),
      };
    }),
  );
}

/** How a bound reads: `≤ 0.5×`, `≥ 8×`, `≤ 15%`, `≤ 5 MiB`. */
export function formatBound(bound: Bound, unit: "ratio" | "share" | "MiB"): string {
  return `${bound.at === "most" ? "≤" : "≥"} ${formatValue(bound.value, unit)}`;
}

/** How a value reads in its unit. */
export function formatValue(value: number, unit: "ratio" | "share" | "MiB"): string {
  if (unit === "share") return `${(value * 100).toFixed(1)}%`;
  if (unit === "MiB") return `${value.toFixed(1)} MiB`;
  return `${value < 0.1 ? value.toFixed(3) : value < 10 ? value.toFixed(2) : value.toFixed(1)}×`;
}
