/**
 * `pnpm bench`: ours against @trigger.dev/github and @trigger.dev/slack 2.3.19 in one run, with the
 * floor (a plain object, the direct vendor call) beside them. Prints the table and writes
 * RESULTS.md.
 */
import { writeFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { dirname, join } from "node:path";
import { measureCloneAndFirstTask } from "./clone-bench.js";
import { installedSize, measureColdImport } from "./import-bench.js";
import { measureMemory } from "./memory-bench.js";
import { measureTaskOverhead, type Overhead } from "./overhead-bench.js";

const started = Date.now();
const ops = (n: number) => `${Math.round(n).toLocaleString("en-US")} ops/s`;
const ms = (n: number) => `${n.toFixed(1)} ms`;
const mib = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MiB`;
const times = (n: number) => `${n.toFixed(1)}×`;
const pct = (n: number) => `${n >= 0 ? "+" : ""}${(n * 100).toFixed(1)}%`;
const verdict = (ok: boolean) => (ok ? "met" : "**not met**");

console.log("measuring cloneForRun + first task ...");
const clone = await measureCloneAndFirstTask();
console.log("measuring task overhead (in memory, and a loopback round trip) ...");
const overhead = await measureTaskOverhead();
console.log("measuring cold import time ...");
const imports = measureColdImport(["@acme/github", "@trigger.dev/github", "@acme/slack", "@trigger.dev/slack"]);
console.log("measuring memory over 10,000 runs ...");
const memory = await measureMemory();
const sizes = Object.fromEntries(
  ["@acme/github", "@trigger.dev/github", "@acme/slack", "@trigger.dev/slack"].map((p) => [p, installedSize(p)]),
);

const g = clone.github;
const s = clone.slack;
const oh = overhead;
const µs = (n: number) => `${n.toFixed(0)} µs`;
const share = (o: Overhead) => `${µs(o.extraMicros)} = ${pct(o.share)} of a ${µs(o.roundTripMicros)} round trip`;
const importOf = (name: string) => imports[name] as number;
const node = imports["(node alone)"] as number;
const growth = (m: Record<string, number>) => (m["after 10000"] as number) - (m["after 5000"] as number);

const rows: string[][] = [
  [
    "GitHub: cloneForRun + first task (request answered in memory)",
    ops(g.ours),
    ops(g.theirs),
    `${ops(g.floor)} (object + direct call)`,
    `${times(g.ratio("ours", "theirs"))} faster`,
    "≥ 20× faster",
    verdict(g.ratio("ours", "theirs") >= 20),
  ],
  [
    "Slack: cloneForRun + task dispatch (no I/O)",
    ops(s.ours),
    ops(s.theirs),
    `${ops(s.floor)} (object)`,
    `${times(s.ratio("ours", "theirs"))} faster`,
    "≥ 20× faster",
    verdict(s.ratio("ours", "theirs") >= 20),
  ],
  [
    "GitHub: task overhead over the direct Octokit call",
    share(oh.github),
    share(oh.githubTheirs),
    "0 (the direct call)",
    `${times(oh.githubTheirs.extraMicros / oh.github.extraMicros)} less`,
    "≤ 10% of the call",
    verdict(oh.github.share <= 0.1),
  ],
  [
    "Slack: task overhead over the direct WebClient call",
    share(oh.slack),
    "n/a (takes no fetch or base URL)",
    "0 (the direct call)",
    "",
    "≤ 10% of the call",
    verdict(oh.slack.share <= 0.1),
  ],
  [
    "GitHub: cold import, fresh process",
    ms(importOf("@acme/github")),
    ms(importOf("@trigger.dev/github")),
    `${ms(node)} (node alone)`,
    `${times(importOf("@trigger.dev/github") / importOf("@acme/github"))} as fast`,
    "no slower",
    verdict(importOf("@acme/github") <= importOf("@trigger.dev/github")),
  ],
  [
    "Slack: cold import, fresh process",
    ms(importOf("@acme/slack")),
    ms(importOf("@trigger.dev/slack")),
    `${ms(node)} (node alone)`,
    `${times(importOf("@trigger.dev/slack") / importOf("@acme/slack"))} as fast`,
    "no slower",
    verdict(importOf("@acme/slack") <= importOf("@trigger.dev/slack")),
  ],
  [
    "GitHub: installed size with dependencies",
    mib(sizes["@acme/github"] as number),
    mib(sizes["@trigger.dev/github"] as number),
    "",
    `${times((sizes["@trigger.dev/github"] as number) / (sizes["@acme/github"] as number))} smaller`,
    "",
    "",
  ],
  [
    "Slack: installed size with dependencies",
    mib(sizes["@acme/slack"] as number),
    mib(sizes["@trigger.dev/slack"] as number),
    "",
    `${times((sizes["@trigger.dev/slack"] as number) / (sizes["@acme/slack"] as number))} smaller`,
    "",
    "",
  ],
  [
    "GitHub: heap after 10,000 runs, 1,000 credentials",
    mib(memory.ours["after 10000"] as number),
    mib(memory.theirs["after 10000"] as number),
    `${mib(memory.ours.start as number)} (before)`,
    `growth 5k→10k runs: ${mib(growth(memory.ours))} vs ${mib(growth(memory.theirs))}`,
    "bounded",
    verdict(growth(memory.ours) < 5 * 1024 * 1024),
  ],
];

const cpu = cpus()[0]?.model.trim() ?? "unknown CPU";
const header = ["measure", "ours", "@trigger.dev 2.3.19", "floor", "ours vs theirs", "target", ""];
const table = [header, header.map(() => "---"), ...rows].map((row) => `| ${row.join(" | ")} |`).join("\n");
const report = `# Benchmark results

Written by \`pnpm bench\` (tooling/bench) on ${new Date().toISOString().slice(0, 10)}: ${cpu}, ${cpus().length} cores,
${Math.round(totalmem() / 1024 ** 3)} GiB, Node ${process.version}. Both sides run in the same process and command, in
alternating rounds; each figure is a median, and each ratio the median of the ratios within a round. Ops/s count a whole \`io.<integration>\` access as the SDK makes it
(\`cloneForRun\` then one task) on an in-process \`io\`; the loopback server runs in its own process.

${table}

Took ${((Date.now() - started) / 1000).toFixed(0)} s.
`;
console.log(`\n${table}\n`);
writeFileSync(join(dirname(new URL(import.meta.url).pathname), "..", "RESULTS.md"), report);
console.log("written to tooling/bench/RESULTS.md");
