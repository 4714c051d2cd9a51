/**
 * One process of the memory benchmark (run with --expose-gc, as plain JavaScript). argv[2]:
 * `{ packageUrl, caseUrl, side, runs, credentials }`. Runs `runs` tasks cycling through
 * `credentials` distinct credentials, answered in memory, and prints the heap after a full GC at
 * the start, half way and the end.
 */
import type { BenchCase } from "../bench-case.js";
import { memoryEnv } from "./bench-env.js";

const spec = JSON.parse(process.argv[2] as string) as {
  packageUrl: string;
  caseUrl: string;
  side: "ours" | "theirs";
  runs: number;
  credentials: number;
};
type Side = { task: (module: unknown, env: unknown) => (token: string) => Promise<unknown> };
const benchCase = ((await import(spec.caseUrl)) as { default: BenchCase<unknown, unknown, unknown> }).default;
const call = (benchCase[spec.side] as Side).task(await import(spec.packageUrl), memoryEnv(benchCase.answer));
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error("run with --expose-gc");
const heap = () => {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
};

const checkpoints: Record<string, number> = { start: heap() };
for (let run = 1; run <= spec.runs; run++) {
  await call(`gho_bench_${run % spec.credentials}`);
  if (run === spec.runs / 2) checkpoints.half = heap();
}
checkpoints.end = heap();
process.stdout.write(JSON.stringify(checkpoints), () => process.exit(0));
