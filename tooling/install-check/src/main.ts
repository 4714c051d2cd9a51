/**
 * `pnpm check:install`: the install matrix. Packs every publishable package, installs the tarballs
 * with npm (no flags) into a fresh project beside each Trigger.dev SDK line and beside none, and
 * loads every entry (root and subpaths) as ESM and as CommonJS on the current Node and on the
 * lowest one `engines` allows; beside SDK 4 it also runs a v4 `task()` through `TaskExecutor`
 * (`v4-run-probe.ts`). One line per cell, then `N passed, N failed`. The exit code says
 * whether the outcome is exactly the one `expected-failures.ts` lists.
 *
 * Flags: `--keep` keeps the scratch folder (its path is printed).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { EXPECTED_FAILURES, UNSETTLED_CELLS } from "./expected-failures.js";
import { type LoadResult, loadEntry, type ModuleKind } from "./load-entry.js";
import { lowestNodeVersion, lowestOf, nodeBinary } from "./lowest-node.js";
import {
  ALWAYS_INSTALLED,
  installCellId,
  loadCellId,
  type NodeLabel,
  SDK_VARIANTS,
  type SdkVariant,
  typescriptCellId,
  v4RunCellId,
} from "./matrix.js";
import { type CellOutcome, matrixVerdict } from "./matrix-verdict.js";
import { packAll } from "./pack-all.js";
import { createScratchProject } from "./scratch-project.js";
import { compileProbe, runProbe, writeTypescriptProbe } from "./typescript-probe.js";
import { runV4RunProbe, V4_RUN_PROBE_FILE, writeV4RunProbe } from "./v4-run-probe.js";

const root = join(import.meta.dirname, "..", "..", "..");
const keep = process.argv.includes("--keep");
const scratch = mkdtempSync(join(tmpdir(), "acme-install-check-"));
const outcomes: CellOutcome[] = [];

function report(id: string, ok: boolean, detail: string) {
  outcomes.push({ id, ok });
  const expected = EXPECTED_FAILURES[id];
  const note =
    !ok && expected ? `  (expected: ${expected})` : ok && expected ? "  (listed as an expected failure)" : "";
  console.log(`${ok ? "PASS" : "FAIL"}  ${id}  ${detail}${note}`);
}

/** Runs `jobs` two at a time (the machine's cores), returning results in order. */
async function inPairs<T>(jobs: readonly (() => Promise<T>)[]): Promise<T[]> {
  const results: T[] = new Array(jobs.length);
  let next = 0;
  const worker = async () => {
    while (next < jobs.length) {
      const index = next++;
      results[index] = await (jobs[index] as () => Promise<T>)();
    }
  };
  await Promise.all([worker(), worker()]);
  return results;
}

try {
  const packed = await packAll(root, join(scratch, "packed"));
  const tarballs = packed.map((pkg) => pkg.tarball);
  const specifiers = packed.flatMap((pkg) => pkg.entries);
  const ranges = packed.map((pkg) => pkg.nodeRange ?? ">=0");
  const lowestVersion = lowestOf(ranges.map(lowestNodeVersion));
  const nodes: { label: NodeLabel; version: string; binary: string }[] = [
    { label: "current", version: process.versions.node, binary: process.execPath },
  ];
  if (lowestVersion !== process.versions.node) {
    const binary = await nodeBinary(lowestVersion, join(tmpdir(), "acme-install-check-node"));
    nodes.push({ label: "lowest", version: lowestVersion, binary });
  }
  console.log(
    `Packed ${packed.map((pkg) => `${pkg.name}@${pkg.version}`).join(", ")}\n` +
      `Entries: ${specifiers.join(", ")}\n` +
      `Node: current ${process.versions.node}; lowest ${lowestVersion} (engines ${[...new Set(ranges)].join(", ")})\n` +
      `Every project also installs ${ALWAYS_INSTALLED.join(", ")}\n`,
  );

  for (const sdk of SDK_VARIANTS) await checkSdk(sdk);

  async function checkSdk(sdk: SdkVariant) {
    const project = await createScratchProject({
      dir: join(scratch, sdk.label.replace(/\W+/g, "-")),
      tarballs,
      packages: [...sdk.packages, ...(sdk.v4Runtime ?? []), ...ALWAYS_INSTALLED],
    });
    const npmError = project.output.split("\n").find((line) => /npm (error|ERR!) code/.test(line));
    report(
      installCellId(sdk),
      project.installed,
      project.installed
        ? `npm install ${[...sdk.packages, ...(sdk.v4Runtime ?? [])].join(" ") || "(tarballs only)"}`
        : `${npmError?.replace(/^npm (error|ERR!) /, "") ?? "npm install failed"}`,
    );
    for (const warning of project.badEngines) console.log(`      note: ${warning.replace(/^npm (warn|WARN) /, "")}`);

    const cells = nodes.flatMap((node) =>
      (["esm", "cjs"] as const).flatMap((kind) => specifiers.map((specifier) => ({ node, kind, specifier }))),
    );
    const results = await inPairs(
      cells.map(({ node, kind, specifier }) => (): Promise<LoadResult> => {
        if (!project.installed) return Promise.resolve({ ok: false, detail: "not installed" });
        return loadEntry({ node: node.binary, cwd: project.dir, specifier, kind: kind as ModuleKind });
      }),
    );
    cells.forEach(({ node, kind, specifier }, index) => {
      const result = results[index] as LoadResult;
      const how = kind === "esm" ? `import("${specifier}")` : `require("${specifier}")`;
      report(
        loadCellId(sdk, node.label, kind, specifier),
        result.ok,
        `node ${node.version}: ${how} → ${result.detail}`,
      );
    });
    if (!project.installed) return;
    // A CommonJS TypeScript project: compiled by tsc, run by tsx (#16: tsx once failed to load Octokit).
    writeTypescriptProbe(project.dir, specifiers);
    const compiled = await compileProbe(project.dir);
    report(typescriptCellId(sdk, "tsc"), compiled.ok, `tsc -p . (strict, CommonJS, nodenext) → ${compiled.detail}`);
    for (const node of nodes) {
      const ran = await runProbe(node.binary, node.version, project.dir);
      report(
        typescriptCellId(sdk, `node ${node.label} · tsx`),
        ran.ok,
        `node ${node.version}: ${ran.how} → ${ran.detail}`,
      );
    }
    if (!sdk.v4Runtime) return;
    // A real v4 run: a task() with catchServiceError, one attempt after another through TaskExecutor.
    writeV4RunProbe(project.dir);
    for (const node of nodes) {
      const started = Date.now();
      const ran = await runV4RunProbe(node.binary, project.dir);
      const took = ((Date.now() - started) / 1000).toFixed(1);
      report(
        v4RunCellId(sdk, node.label),
        ran.ok,
        `node ${node.version}: ${V4_RUN_PROBE_FILE} (${took} s) → ${ran.detail}`,
      );
    }
  }

  const verdict = matrixVerdict(outcomes, EXPECTED_FAILURES, UNSETTLED_CELLS);
  console.log("");
  if (verdict.asExpected) {
    console.log(
      `As expected: every failure is listed in tooling/install-check/src/expected-failures.ts (${verdict.failed}).`,
    );
  } else {
    for (const id of verdict.unexpectedFailures) console.log(`UNEXPECTED FAILURE  ${id}`);
    for (const id of verdict.nowPassing) console.log(`NOW PASSING (remove it from expected-failures.ts)  ${id}`);
    for (const id of verdict.unknown) console.log(`NO SUCH CELL (remove it from expected-failures.ts)  ${id}`);
  }
  if (keep) console.log(`Scratch projects kept in ${scratch}`);
  console.log(`${verdict.passed} passed, ${verdict.failed} failed`);
  process.exitCode = verdict.asExpected ? 0 : 1;
} finally {
  if (!keep) rmSync(scratch, { recursive: true, force: true });
}
