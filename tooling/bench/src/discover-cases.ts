import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { BenchCase } from "../bench-case.js";
import { resolvePackages } from "./resolve-packages.js";

export const repoRoot = join(import.meta.dirname, "..", "..", "..");
const benchDir = join(import.meta.dirname, "..");

/** A case as the bench runs it: the modules are whatever the case's packages export. */
export type AnyBenchCase = BenchCase<never, never, never, never>;

/** One integration's declared case, with every package it names resolved to a file URL. */
export interface DiscoveredCase {
  /** The integration's folder name under integrations/. */
  readonly service: string;
  /** Its `test/<service>.bench-case.ts`. */
  readonly file: string;
  readonly benchCase: AnyBenchCase;
  /** Package name → the URL Node loads it from (see {@link discoverCases} for where each is looked up). */
  readonly urls: Readonly<Record<string, string>>;
}

/** Where an integration declares its case, beside its contract test. */
export const caseFileOf = (service: string, root = repoRoot) =>
  join(root, "integrations", service, "test", `${service}.bench-case.ts`);

function check(file: string, value: unknown): AnyBenchCase {
  const c = value as Partial<AnyBenchCase> | undefined;
  const problem =
    typeof c !== "object" || c === null
      ? "has no default export"
      : typeof c.name !== "string"
        ? "has no `name`"
        : typeof c.ours?.package !== "string" || typeof c.ours.task !== "function"
          ? "has no `ours: { package, task }`"
          : c.answer === undefined
            ? "has no `answer`"
            : undefined;
  if (problem) {
    throw new Error(`${file} ${problem}: it must \`export default\` a BenchCase (tooling/bench/bench-case.ts).`);
  }
  return c as AnyBenchCase;
}

/**
 * Every integration under `root` that declares a bench case (of the folders in `only`, when given), and the
 * folders of those that do not yet. The
 * integration's own package and its vendor SDK are resolved from its folder; the `@trigger.dev/*`
 * package and a webhook verifier from tooling/bench, which pins them (then from the integration).
 */
export async function discoverCases(
  only?: readonly string[],
  root = repoRoot,
): Promise<{ cases: DiscoveredCase[]; without: string[] }> {
  const folders = readdirSync(join(root, "integrations"), { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(root, "integrations", entry.name, "package.json")))
    .map((entry) => entry.name)
    .filter((name) => !only?.length || only.includes(name))
    .sort();
  const unknown = only?.filter((name) => !folders.includes(name)) ?? [];
  if (unknown.length > 0) throw new Error(`--only names no integration folder: ${unknown.join(", ")}`);
  const cases: DiscoveredCase[] = [];
  const without: string[] = [];
  for (const service of folders) {
    const file = caseFileOf(service, root);
    if (!existsSync(file)) {
      without.push(service);
      continue;
    }
    const benchCase = check(file, ((await import(pathToFileURL(file).href)) as { default?: unknown }).default);
    const own = [benchCase.ours.package, benchCase.vendor?.package].filter((name) => name !== undefined);
    const pinned = [benchCase.theirs?.package, benchCase.webhook?.vendor?.package].filter((name) => name !== undefined);
    const dir = join(root, "integrations", service);
    const fromOwn = resolvePackages(dir, own);
    const fromBench = resolvePackages(benchDir, pinned);
    const urls: Record<string, string> = {};
    for (const name of own) urls[name] = fromOwn[name] ?? (resolvePackages(benchDir, [name])[name] as string);
    for (const name of pinned) urls[name] = fromBench[name] ?? (resolvePackages(dir, [name])[name] as string);
    const missing = Object.keys(urls).filter((name) => urls[name] === undefined);
    if (missing.length > 0) {
      throw new Error(
        `${file} names ${missing.join(", ")}, which neither integrations/${service} nor tooling/bench can load. ` +
          "Build the integration (pnpm bench builds every package first), or add the package exact-pinned to " +
          "tooling/bench's devDependencies (`pnpm --filter @acme/bench add -E -D <name>@<version>`).",
      );
    }
    cases.push({ service, file, benchCase, urls });
  }
  return { cases, without };
}
