/**
 * One fresh process of the cold-start benchmark (run as plain JavaScript, see child-modules.ts).
 * argv[2]: `{ packageUrl, preload?, caseUrl?, side?, loopback? }`. Imports `preload` first (the
 * Trigger.dev SDK, as an endpoint already has it), then the package, timing that import;
 * with a side, then builds that side of the case, clones it and runs one task against the loopback
 * server. Prints `{ bootMs, importMs, firstTaskMs? }`: ms from process start to this script, ms the
 * import took, and ms from process start to the first task done.
 */
import type { BenchCase } from "../bench-case.js";
import { loopbackEnv } from "./bench-env.js";

const bootMs = performance.now();
const spec = JSON.parse(process.argv[2] as string) as {
  packageUrl: string;
  preload?: string;
  caseUrl?: string;
  side?: "ours" | "theirs";
  loopback?: string;
};
type Side = { task?: (module: unknown, env: unknown) => (token: string) => Promise<unknown> };
const benchCase = spec.caseUrl
  ? ((await import(spec.caseUrl)) as { default: BenchCase<unknown, unknown, unknown> }).default
  : undefined;

if (spec.preload) await import(spec.preload);

const started = performance.now();
const module: unknown = await import(spec.packageUrl);
const importMs = performance.now() - started;

let firstTaskMs: number | undefined;
if (benchCase && spec.side && spec.loopback) {
  const side = benchCase[spec.side] as Side;
  const call = side.task?.(module, loopbackEnv(benchCase.answer, spec.loopback));
  if (!call) throw new Error(`the ${spec.side} side of the case declares no task`);
  await call("bench-token");
  firstTaskMs = performance.now();
}
// Exit at once: open keep-alive sockets would otherwise hold the process, and they are not start-up.
process.stdout.write(JSON.stringify({ bootMs, importMs, firstTaskMs }), () => process.exit(0));
