import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, realpathSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { median } from "./measure.js";

const here = dirname(new URL(import.meta.url).pathname);

/** Wall time of `node -e "await import(pkg)"` in a fresh process, median of alternating runs, in ms. */
export function measureColdImport(packages: string[], runs = 9): Record<string, number> {
  const samples: Record<string, number[]> = Object.fromEntries(["(node alone)", ...packages].map((p) => [p, []]));
  for (let run = 0; run < runs; run++) {
    for (const name of Object.keys(samples)) {
      const code = name === "(node alone)" ? "0" : `await import(${JSON.stringify(name)})`;
      const started = process.hrtime.bigint();
      const result = spawnSync(process.execPath, ["--input-type=module", "-e", code], { cwd: here, stdio: "pipe" });
      if (result.status !== 0) throw new Error(`importing ${name} failed: ${result.stderr}`);
      samples[name]?.push(Number(process.hrtime.bigint() - started) / 1e6);
    }
  }
  return Object.fromEntries(Object.entries(samples).map(([name, values]) => [name, median(values)]));
}

function directorySize(dir: string): number {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === "node_modules") continue;
    const path = join(dir, entry.name);
    total += entry.isDirectory() ? directorySize(path) : entry.isFile() ? statSync(path).size : 0;
  }
  return total;
}

/**
 * Where Node would find `name` from `from`: the nearest `node_modules/<name>` up the tree. Walked by
 * hand, because `require.resolve("<name>/package.json")` fails for packages whose `exports` do not
 * list it (octokit).
 */
function findManifest(name: string, from: string): string | undefined {
  for (let dir = from; ; dir = dirname(dir)) {
    const candidate = join(dir, "node_modules", name, "package.json");
    if (existsSync(candidate)) return realpathSync(candidate);
    if (dirname(dir) === dir) return undefined;
  }
}

/**
 * Bytes a user installs with `pkg`: the package and its production dependency closure, each
 * package counted once. Workspace packages count only what they publish (`files`).
 */
export function installedSize(pkg: string): number {
  const seen = new Set<string>();
  let total = 0;
  const visit = (name: string, from: string) => {
    const manifestPath = findManifest(name, from);
    if (!manifestPath) return; // an optional or platform-specific dependency that is not installed
    const root = dirname(manifestPath);
    if (seen.has(root)) return;
    seen.add(root);
    const manifest = JSON.parse(readFileSync(manifestPath, "utf8"));
    const published: string[] | undefined = root.includes("node_modules") ? undefined : manifest.files;
    total += published
      ? published.reduce((sum, file) => sum + directorySize(join(root, file)), statSync(manifestPath).size)
      : directorySize(root);
    for (const dependency of Object.keys(manifest.dependencies ?? {})) visit(dependency, root);
  };
  visit(pkg, here);
  return total;
}
