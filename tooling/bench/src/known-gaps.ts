import type { MeasureId } from "./thresholds.js";

/** A figure that misses its normal gate today, for a reason being worked on. */
export interface KnownGap {
  /** The gate that applies until the gap is closed: today's level with the same noise margin. */
  readonly gate: number;
  /** Why it misses, and what closes it. */
  readonly why: string;
}

// @trigger.dev/openai runs on openai 4.x; @acme/openai must run on openai 7.59.0, whose request path
// alone costs about 3x 4.x's per call (the kit's own share stays near 11%: task-overhead-share).
const OPENAI_SDK_7 = "openai 7.59.0's request path costs about 3x openai 4.x's, which @trigger.dev/openai runs on";

/**
 * Figures that miss the normal gate of thresholds.ts for a known reason, keyed `<integration
 * folder> <measure>`. `pnpm bench:check` holds them to the looser gate here so they cannot get
 * worse, and says when one has come within the normal gate: then delete its line, in the change
 * that closed it.
 */
export const KNOWN_GAPS: Readonly<Partial<Record<`${string} ${MeasureId}`, KnownGap>>> = {
  "openai clone-task-vs-theirs": { gate: 0.25, why: OPENAI_SDK_7 },
  // WebClient 8's own call is most of a task: at 3.5-15k calls/s against their 0.5-1.6k clones + calls,
  // even a task that cost nothing over it would be under 10x @trigger.dev/slack.
  // stripe 23's own call is about 3.5x slower than stripe 12's (2.8k vs 10k calls/s in memory on this
  // machine), so its direct call is as slow as @trigger.dev/stripe's new stripe 12 client + call (2.5k/s).
  // Measured 0.83x in CI at load 12-20; the gate leaves room for that noise.
  "stripe clone-task-vs-theirs": {
    gate: 0.5,
    why: "the stripe 23 call itself bounds it: the direct call is as fast as @trigger.dev/stripe's new client + call",
  },
  "slack clone-task-vs-theirs": {
    gate: 0.9,
    why: "the WebClient call itself bounds it: the direct call is under 10× @trigger.dev/slack's clone + call",
  },
};
