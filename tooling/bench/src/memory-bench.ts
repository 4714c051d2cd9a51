import { execFile } from "node:child_process";
import { dirname, join } from "node:path";
import { promisify } from "node:util";

const here = dirname(new URL(import.meta.url).pathname);

/**
 * Heap after 5,000 and 10,000 runs with 1,000 distinct credentials, each integration in a fresh
 * process. The two processes run side by side: heap sizes do not depend on timing.
 */
export async function measureMemory(): Promise<Record<"ours" | "theirs", Record<string, number>>> {
  const run = async (which: string) => {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ["--expose-gc", "--import", "tsx", join(here, "memory-run.ts"), which],
      { cwd: here, encoding: "utf8" },
    );
    return JSON.parse(stdout) as Record<string, number>;
  };
  const [ours, theirs] = await Promise.all([run("ours"), run("theirs")]);
  return { ours, theirs };
}
