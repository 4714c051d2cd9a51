/** A limit on one figure: at most or at least `value`. */
export interface Bound {
  readonly at: "most" | "least";
  readonly value: number;
}

/** What one figure means, the target issue #17 sets for it, and the limit CI enforces. */
export interface Measure {
  /** How the report names it. */
  readonly label: string;
  /** How the value is printed. */
  readonly unit: "ratio" | "share" | "MiB";
  /** Where we want it. */
  readonly target?: Bound;
  /**
   * Where `pnpm bench:check` fails. Far looser than the target: a shared 2-core CI machine moves
   * these ratios by ±30%, and a gate that flakes gets ignored. It catches a regression (a vendor
   * SDK imported at the root again, a client built per clone, a verifier an order slower).
   */
  readonly gate: Bound;
}

const atMost = (value: number): Bound => ({ at: "most", value });
const atLeast = (value: number): Bound => ({ at: "least", value });

/** Every gated figure. An integration with a known gap gets a looser gate in known-gaps.ts, with the reason. */
export const MEASURES = {
  "cold-import-vs-theirs": {
    label: "cold import of the package root, ours / @trigger.dev",
    unit: "ratio",
    target: atMost(0.3),
    gate: atMost(0.5),
  },
  "cold-import-vs-vendor": {
    label: "cold import of the package root, ours / the vendor SDK alone",
    unit: "ratio",
    target: atMost(0.3),
    gate: atMost(0.5),
  },
  "first-task-vs-theirs": {
    label: "cold start to first task done, ours / @trigger.dev",
    unit: "ratio",
    target: atMost(1.0),
    gate: atMost(1.5),
  },
  "clone-task-vs-theirs": {
    label: "cloneForRun + task ops/s, ours / @trigger.dev",
    unit: "ratio",
    target: atLeast(20),
    gate: atLeast(8),
  },
  "task-overhead-share": {
    label: "task overhead over the direct vendor call, share of a loopback round trip",
    unit: "share",
    target: atMost(0.05),
    gate: atMost(0.3),
  },
  "webhook-vs-vendor": {
    label: "webhook verifications/s, ours / the vendor's verifier",
    unit: "ratio",
    target: atLeast(1.0),
    gate: atLeast(0.5),
  },
  "webhook-vs-floor": {
    label: "webhook verifications/s, ours / raw node:crypto HMAC",
    unit: "ratio",
    gate: atLeast(0.25),
  },
  "memory-growth": {
    label: "heap growth over the second half of the runs, 1,000 credentials",
    unit: "MiB",
    gate: atMost(5),
  },
} as const satisfies Record<string, Measure>;

/** The id of a gated figure. */
export type MeasureId = keyof typeof MEASURES;

/** A measure by id, with its optional target. */
export const measureOf = (id: MeasureId): Measure => MEASURES[id];

/** Whether `value` is within `bound`. */
export const within = (value: number, bound: Bound) =>
  bound.at === "most" ? value <= bound.value : value >= bound.value;
