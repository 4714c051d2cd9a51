import type { BenchEnv, TaskCall } from "../bench-case.js";
import { loopbackEnv, memoryEnv } from "./bench-env.js";
import type { DiscoveredCase } from "./discover-cases.js";
import { startLoopbackServer } from "./loopback-server.js";
import { compareOps } from "./measure.js";

/** In-process task figures of one case. */
export interface TaskResult {
  /** Ops/s of `cloneForRun` + one task (ours, theirs) and of the prebuilt vendor client's direct call, answered in memory. */
  readonly ops: Partial<Record<"ours" | "theirs" | "vendor", number>>;
  /** ours / theirs ops/s, paired by round. */
  readonly cloneTaskVsTheirs?: number;
  /** What a task costs over the direct vendor call, in µs, and as a share of the direct call's loopback round trip. */
  readonly overhead?: {
    readonly oursMicros: number;
    readonly theirsMicros?: number;
    readonly roundTripMicros: number;
    readonly oursShare: number;
  };
}

const TOKEN = "gho_bench_token";

/**
 * The SDK's real pattern (every `io.<key>` access clones, then a task runs) against the vendor
 * client called directly, all answered in memory so the differences are CPU time, in alternating
 * rounds; then the direct call's round trip to a loopback server in its own process, which the
 * overhead is set against. (Timing both over the socket buries a few µs in ±10% of noise.)
 */
export async function measureTasks(
  c: DiscoveredCase,
  modules: Record<string, unknown>,
  { rounds, roundMs, warmupMs }: { rounds: number; roundMs: number; warmupMs: number },
): Promise<TaskResult> {
  const { benchCase } = c;
  const env = memoryEnv(benchCase.answer);
  const build = (side: "ours" | "theirs" | "vendor", target: BenchEnv = env): TaskCall | undefined => {
    const declared = benchCase[side];
    return declared?.task?.(modules[declared.package] as never, target);
  };
  const ours = build("ours") as TaskCall;
  const before = env.requests();
  await ours(TOKEN);
  if (env.requests() !== before + 1) {
    throw new Error(
      `${c.service}: one task of ours made ${env.requests() - before} requests through env.fetch; ` +
        "its `task` must aim the integration at the env (baseUrl and fetch) and run one call.",
    );
  }
  const calls: Partial<Record<"ours" | "theirs" | "vendor", () => Promise<unknown>>> = { ours: () => ours(TOKEN) };
  const theirs = build("theirs");
  if (theirs) calls.theirs = () => theirs(TOKEN);
  const vendor = build("vendor");
  if (vendor) calls.vendor = () => vendor(TOKEN);
  for (const call of Object.values(calls)) await call();

  const compared = await compareOps(calls as Record<"ours" | "theirs" | "vendor", () => Promise<unknown>>, {
    rounds,
    roundMs,
    warmupMs,
  });
  const ops = Object.fromEntries(Object.keys(calls).map((side) => [side, compared[side as "ours"]]));
  const result: { -readonly [K in keyof TaskResult]: TaskResult[K] } = { ops };
  if (calls.theirs) result.cloneTaskVsTheirs = compared.ratio("ours", "theirs");
  if (vendor && calls.vendor) {
    const server = await startLoopbackServer(benchCase.answer);
    try {
      const direct = build("vendor", loopbackEnv(benchCase.answer, server.url)) as TaskCall;
      const loopback = await compareOps({ vendor: () => direct(TOKEN) }, { rounds, roundMs, warmupMs });
      const roundTripMicros = 1e6 / loopback.vendor;
      const extra = (side: "ours" | "theirs") => ((compared.ratio("vendor", side) - 1) * 1e6) / compared.vendor;
      const oursMicros = extra("ours");
      result.overhead = {
        oursMicros,
        ...(calls.theirs ? { theirsMicros: extra("theirs") } : {}),
        roundTripMicros,
        oursShare: oursMicros / roundTripMicros,
      };
    } finally {
      server.close();
    }
  }
  return result;
}
