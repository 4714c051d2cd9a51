import type { ColdResult } from "./cold-bench.js";
import type { DiscoveredCase } from "./discover-cases.js";
import type { MemoryResult } from "./memory-bench.js";
import type { TaskResult } from "./task-bench.js";
import type { MeasureId } from "./thresholds.js";
import type { WebhookResult } from "./webhook-bench.js";

/** Everything measured for one integration in one run. */
export interface CaseResult {
  readonly c: DiscoveredCase;
  /** `name version` of each side's package, as installed. */
  readonly versions: Partial<Record<"ours" | "theirs" | "vendor", string>>;
  readonly cold: ColdResult;
  readonly tasks: TaskResult;
  readonly webhook: WebhookResult | undefined;
  readonly memory: MemoryResult;
  /** Installed bytes with production dependencies. */
  readonly sizes: Partial<Record<"ours" | "theirs" | "vendor", number>>;
}

const MiB = 1024 * 1024;

/** The gated figures of one result: each measure that applies to the integration, with its value. */
export function figuresOf(result: CaseResult): Partial<Record<MeasureId, number>> {
  const { cold, tasks, webhook, memory } = result;
  const ours = memory.ours;
  const figures: Partial<Record<MeasureId, number | undefined>> = {
    "cold-import-vs-theirs": cold.ratio.importVsTheirs,
    "cold-import-vs-vendor": cold.ratio.importVsVendor,
    "first-task-vs-theirs": cold.ratio.firstTaskVsTheirs,
    "clone-task-vs-theirs": tasks.cloneTaskVsTheirs,
    "task-overhead-share": tasks.overhead?.oursShare,
    "webhook-vs-vendor": webhook?.vsVendor,
    "webhook-vs-floor": webhook?.vsFloor,
    "memory-growth": ours ? (ours.end - ours.half) / MiB : undefined,
  };
  return Object.fromEntries(Object.entries(figures).filter(([, value]) => value !== undefined));
}
