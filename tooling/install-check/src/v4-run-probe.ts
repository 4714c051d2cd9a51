import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { failureLine } from "./failure-line.js";
import type { LoadResult } from "./load-entry.js";
import { runCommand } from "./run-command.js";
import { v4RunProbeSource } from "./v4-run-probe-source.js";
import { parseV4RunReport, v4RunVerdict } from "./v4-run-verdict.js";

/** The probe's file name in the scratch project (`.mjs`: the project is CommonJS). */
export const V4_RUN_PROBE_FILE = "v4-run-probe.mjs";

/** Writes the v4 run probe into the scratch project `dir`. */
export function writeV4RunProbe(dir: string): void {
  writeFileSync(join(dir, V4_RUN_PROBE_FILE), v4RunProbeSource());
}

/** Runs the probe on the `node` binary in `dir` and judges its report; a crash is shown by its first error line. */
export async function runV4RunProbe(node: string, dir: string): Promise<LoadResult> {
  const { code, output } = await runCommand(node, [V4_RUN_PROBE_FILE], { cwd: dir, timeoutMs: 120_000 });
  const report = code === 0 ? parseV4RunReport(output) : undefined;
  return report ? v4RunVerdict(report) : { ok: false, detail: failureLine(output, dir, code) };
}
