import { execFile } from "node:child_process";
import { promisify } from "node:util";
import type { ChildModules } from "./child-modules.js";
import type { DiscoveredCase } from "./discover-cases.js";

/** Heap (bytes) after a full GC at the start, half way and the end of the runs, per side. */
export type MemoryResult = Partial<Record<"ours" | "theirs", { start: number; half: number; end: number }>>;

/**
 * `runs` tasks cycling through 1,000 distinct credentials, each side in its own fresh process. The
 * processes run side by side: heap sizes do not depend on timing.
 */
export async function measureMemory(
  c: DiscoveredCase,
  modules: ChildModules,
  { runs, sides }: { runs: number; sides: readonly ("ours" | "theirs")[] },
): Promise<MemoryResult> {
  const measured = sides.filter((side) => c.benchCase[side]?.task !== undefined);
  const heaps = await Promise.all(
    measured.map(async (side) => {
      const spec = {
        packageUrl: c.urls[c.benchCase[side]?.package as string],
        caseUrl: modules.caseUrl(c.file),
        side,
        runs,
        credentials: 1_000,
      };
      const { stdout } = await promisify(execFile)(
        process.execPath,
        ["--expose-gc", modules.script("memory-child"), JSON.stringify(spec)],
        { encoding: "utf8", maxBuffer: 1 << 20 },
      );
      return [side, JSON.parse(stdout)] as const;
    }),
  );
  return Object.fromEntries(heaps);
}
