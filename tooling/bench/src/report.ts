import { cpus, loadavg, totalmem } from "node:os";
import type { CaseResult } from "./case-result.js";
import { formatBound, formatValue, type GateLine } from "./check-gate.js";
import { type MeasureId, measureOf, within } from "./thresholds.js";

const ms = (n: number | undefined) => (n === undefined ? "" : `${n.toFixed(1)} ms`);
const ops = (n: number | undefined) => (n === undefined ? "" : `${Math.round(n).toLocaleString("en-US")} ops/s`);
const µs = (n: number) => `${n.toFixed(1)} µs`;
const mib = (n: number | undefined) => (n === undefined ? "" : `${(n / 1024 / 1024).toFixed(1)} MiB`);

/** The markdown table of one integration: a row per figure, gated ones with target, gate and verdict. */
function caseTable(result: CaseResult, gate: readonly GateLine[]): string {
  const { cold, tasks, webhook, memory, sizes, versions } = result;
  const theirs = versions.theirs ?? "";
  const vendor = versions.vendor ?? "";
  const rows: string[][] = [];
  const gated = (id: MeasureId, label: string, oursText: string, otherText: string) => {
    const line = gate.find((g) => g.service === result.c.service && g.measure === id);
    if (!line) return;
    const { unit, target } = measureOf(id);
    const gateText = `${formatBound(line.gate, unit)}${line.gap ? " (known gap)" : ""}${line.passed ? "" : " **failed**"}`;
    rows.push([
      label,
      oursText,
      otherText,
      formatValue(line.value, unit),
      target ? formatBound(target, unit) : "",
      gateText,
      target ? (within(line.value, target) ? "met" : "**not met**") : "",
    ]);
  };
  gated("cold-import-vs-theirs", `cold import, vs ${theirs}`, ms(cold.importMs.ours), ms(cold.importMs.theirs));
  gated("cold-import-vs-vendor", `cold import, vs ${vendor} alone`, ms(cold.importMs.ours), ms(cold.importMs.vendor));
  gated(
    "first-task-vs-theirs",
    `cold start to first task done, vs ${theirs}`,
    ms(cold.firstTaskMs.ours),
    ms(cold.firstTaskMs.theirs),
  );
  gated("clone-task-vs-theirs", `cloneForRun + task, vs ${theirs}`, ops(tasks.ops.ours), ops(tasks.ops.theirs));
  if (tasks.overhead) {
    const { oursMicros, roundTripMicros, theirsMicros } = tasks.overhead;
    gated(
      "task-overhead-share",
      `task overhead over ${vendor}'s direct call`,
      `+${µs(oursMicros)}`,
      `+${theirsMicros === undefined ? "" : `${µs(theirsMicros)} (theirs); `}${µs(roundTripMicros)} round trip`,
    );
  }
  if (webhook) {
    gated(
      "webhook-vs-vendor",
      `webhook verification, vs ${webhook.vendorName}`,
      ops(webhook.ops.ours),
      ops(webhook.ops.vendor),
    );
    gated(
      "webhook-vs-floor",
      "webhook verification, vs raw node:crypto HMAC",
      ops(webhook.ops.ours),
      ops(webhook.ops.floor),
    );
  }
  if (memory.ours) {
    const growth = (m: { half: number; end: number } | undefined) => (m ? mib(m.end - m.half) : "");
    gated(
      "memory-growth",
      "heap growth, second half of the runs (1,000 credentials)",
      `${growth(memory.ours)} (heap ${mib(memory.ours.end)})`,
      memory.theirs ? `${growth(memory.theirs)} (heap ${mib(memory.theirs.end)})` : "",
    );
  }
  const info = (label: string, oursText: string, otherText: string, ratio = "") =>
    rows.push([label, oursText, otherText, ratio, "", "", ""]);
  if (cold.ratio.importBesideSdkVsTheirs !== undefined) {
    info(
      `cold import with @trigger.dev/sdk already loaded, vs ${theirs}`,
      ms(cold.importBesideSdkMs.ours),
      ms(cold.importBesideSdkMs.theirs),
      formatValue(cold.ratio.importBesideSdkVsTheirs, "ratio"),
    );
  }
  if (tasks.ops.vendor !== undefined) info(`${vendor}: direct call, prebuilt client`, "", ops(tasks.ops.vendor));
  if (sizes.ours !== undefined && sizes.theirs !== undefined) {
    info(
      `installed size with dependencies, vs ${theirs}`,
      mib(sizes.ours),
      mib(sizes.theirs),
      `${(sizes.ours / sizes.theirs).toFixed(2)}×`,
    );
  }
  const header = ["measure", `ours (${versions.ours})`, "compared with", "ours / other", "target", "CI gate", ""];
  return [header, header.map(() => "---"), ...rows].map((row) => `| ${row.join(" | ")} |`).join("\n");
}

/** RESULTS.md: the machine, every integration's table, the known gaps, and how to rerun. */
export function renderReport(input: {
  results: readonly CaseResult[];
  gate: readonly GateLine[];
  without: readonly string[];
  seconds: number;
  settings: string;
  /** The 1-minute load average when the run started. */
  loadAtStart: number;
}): string {
  const { results, gate, without, seconds, settings, loadAtStart } = input;
  const load = `load average ${loadAtStart.toFixed(1)} at the start and ${(loadavg()[0] ?? 0).toFixed(1)} at the end`;
  const cpu = cpus()[0]?.model.trim() ?? "unknown CPU";
  const sections = results.map((result) => {
    const boot = `Node starts in ${ms(result.cold.bootMs)} before any of this.`;
    return `## ${result.c.benchCase.name} (\`integrations/${result.c.service}\`)\n\n${caseTable(result, gate)}\n\n${boot}`;
  });
  const gaps = gate.filter((line) => line.gap);
  const gapList = gaps.length
    ? gaps.map((line) => `- ${line.service} ${line.measure}: ${line.gap?.why}`).join("\n")
    : "- none";
  const missing = without.length
    ? `\nNot measured (no \`test/<service>.bench-case.ts\` yet): ${without.map((s) => `\`integrations/${s}\``).join(", ")}.\n`
    : "";
  return `# Benchmark results

Written by \`pnpm bench\` on ${new Date().toISOString().slice(0, 10)}: ${cpu}, ${cpus().length} cores, ${Math.round(totalmem() / 1024 ** 3)} GiB,
Node ${process.version}, shared with other work (${load}; figures move ±30% between runs, ratios less).
${settings} Took ${seconds.toFixed(0)} s.

How each figure is taken:
- **cold import**: a fresh \`node\` process imports the package root; the time of the \`import()\` itself, not
  Node's start-up (given below each table). Median of the runs; the ratio is the median of the ratios within a round.
- **cold start to first task done**: a fresh process imports the package, builds the integration, clones it
  for a run and runs one task against a JSON server on 127.0.0.1 (its own process); ms from process start.
- **cloneForRun + task**: in one process, what the SDK does on every \`io.<key>\` access (clone, then one task,
  on an \`io\` that runs the task at once), every request answered in memory; ours and theirs in alternating rounds.
- **task overhead**: the same task against the prebuilt vendor client's direct call, both in memory, paired by
  round, set against the direct call's round trip to the loopback server.
- **webhook verification**: the kit's verifier with the integration's scheme, the service's own verifier, and a raw
  \`node:crypto\` HMAC of the same ~7 KB signed delivery, in one process; each must accept it and refuse it altered.
- **heap**: tasks cycling through 1,000 credentials in a fresh process, heap after a full GC half way and at the end.

Every integration that declares \`integrations/<service>/test/<service>.bench-case.ts\` is measured (see
tooling/bench/README.md). Rerun with \`pnpm bench\` (writes this file); CI runs \`pnpm bench:check\`, a shorter run
that fails when a figure passes its CI gate (tooling/bench/src/thresholds.ts, known-gaps.ts).
${missing}
${sections.join("\n\n")}

Known gaps (held to a looser gate until closed):
${gapList}
`;
}
