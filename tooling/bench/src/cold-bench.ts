import { spawnSync } from "node:child_process";
import type { ChildModules } from "./child-modules.js";
import type { DiscoveredCase } from "./discover-cases.js";
import { startLoopbackServer } from "./loopback-server.js";
import { median } from "./measure.js";

type Sample = { bootMs: number; importMs: number; firstTaskMs?: number };

/** Cold figures of one case, medians over fresh processes; ratios are medians of the ratios within a round. */
export interface ColdResult {
  /** Ms the package's import took, after Node started (ours, theirs, vendor). */
  readonly importMs: Partial<Record<"ours" | "theirs" | "vendor", number>>;
  /** Ms from process start to the first task done, against a loopback server (ours, theirs). */
  readonly firstTaskMs: Partial<Record<"ours" | "theirs", number>>;
  /** Ms the import took in a process that had already loaded `@trigger.dev/sdk`, as a v2 endpoint has (ours, theirs). */
  readonly importBesideSdkMs: Partial<Record<"ours" | "theirs", number>>;
  /** Ms from process start to the first line of the script: what every figure above shares. */
  readonly bootMs: number;
  /** ours / other, paired by round. */
  readonly ratio: {
    importVsTheirs?: number;
    importVsVendor?: number;
    firstTaskVsTheirs?: number;
    importBesideSdkVsTheirs?: number;
  };
  readonly runs: number;
}

/**
 * Fresh processes, `runs` rounds, the sides in alternating order: each imports one package root
 * (ours, theirs, the vendor SDK), and ours and theirs then run one task against a loopback server.
 * With `sdkUrl`, ours and theirs are imported once more per round after the SDK, as a v2 endpoint
 * imports them.
 */
export async function measureCold(
  c: DiscoveredCase,
  modules: ChildModules,
  { runs, sdkUrl }: { runs: number; sdkUrl?: string | undefined },
): Promise<ColdResult> {
  const { benchCase, urls } = c;
  const server = await startLoopbackServer(benchCase.answer);
  const sides = (["ours", "theirs", "vendor"] as const).filter((side) => benchCase[side] !== undefined);
  const besideSdk = sdkUrl ? sides.filter((side) => side !== "vendor") : [];
  const samples = Object.fromEntries(sides.map((side) => [side, [] as Sample[]])) as Record<string, Sample[]>;
  const besideSamples = Object.fromEntries(besideSdk.map((side) => [side, [] as Sample[]])) as Record<string, Sample[]>;
  let tasks = 0;
  try {
    for (let round = 0; round < runs; round++) {
      for (const side of round % 2 ? [...sides].reverse() : sides) {
        const declared = benchCase[side];
        if (!declared) continue;
        const withTask = side !== "vendor" && declared.task !== undefined;
        const spec = {
          packageUrl: urls[declared.package],
          ...(withTask ? { caseUrl: modules.caseUrl(c.file), side, loopback: server.url } : {}),
        };
        const result = spawnSync(process.execPath, [modules.script("cold-child"), JSON.stringify(spec)], {
          encoding: "utf8",
        });
        if (result.status !== 0) {
          throw new Error(`${c.service}: the cold start of ${declared.package} failed:\n${result.stderr}`);
        }
        samples[side]?.push(JSON.parse(result.stdout) as Sample);
        if (withTask) tasks++;
      }
      for (const side of besideSdk) {
        const spec = { packageUrl: urls[benchCase[side]?.package as string], preload: sdkUrl };
        const result = spawnSync(process.execPath, [modules.script("cold-child"), JSON.stringify(spec)], {
          encoding: "utf8",
        });
        if (result.status !== 0)
          throw new Error(`${c.service}: importing ${side} beside the SDK failed:\n${result.stderr}`);
        besideSamples[side]?.push(JSON.parse(result.stdout) as Sample);
      }
    }
    const answered = await server.requests();
    if (answered < tasks) {
      throw new Error(`${c.service}: ${tasks} first tasks ran but the loopback server answered ${answered} requests`);
    }
  } finally {
    server.close();
  }
  const of = (side: string, pick: (s: Sample) => number | undefined) =>
    (side.endsWith("+sdk") ? besideSamples[side.slice(0, -4)] : samples[side])
      ?.map(pick)
      .filter((value): value is number => value !== undefined) ?? [];
  const med = (side: string, pick: (s: Sample) => number | undefined) => {
    const values = of(side, pick);
    return values.length ? median(values) : undefined;
  };
  const paired = (a: string, b: string, pick: (s: Sample) => number | undefined) => {
    const x = of(a, pick);
    const y = of(b, pick);
    return x.length && x.length === y.length ? median(x.map((value, i) => value / (y[i] as number))) : undefined;
  };
  const imported = (s: Sample) => s.importMs;
  const done = (s: Sample) => s.firstTaskMs;
  const defined = <T extends object>(o: T) =>
    Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as { [K in keyof T]?: number };
  return {
    importMs: defined({
      ours: med("ours", imported),
      theirs: med("theirs", imported),
      vendor: med("vendor", imported),
    }),
    firstTaskMs: defined({ ours: med("ours", done), theirs: med("theirs", done) }),
    importBesideSdkMs: defined({ ours: med("ours+sdk", imported), theirs: med("theirs+sdk", imported) }),
    bootMs: median(sides.flatMap((side) => of(side, (s) => s.bootMs))),
    ratio: defined({
      importVsTheirs: paired("ours", "theirs", imported),
      importVsVendor: paired("ours", "vendor", imported),
      firstTaskVsTheirs: paired("ours", "theirs", done),
      importBesideSdkVsTheirs: paired("ours+sdk", "theirs+sdk", imported),
    }),
    runs,
  };
}
