import { existsSync, readdirSync, readFileSync, realpathSync, statSync } from "node:fs";
import { dirname, join } from "node:path";

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
 * Bytes a user installs with the package at `root` (a folder with package.json): it and its
 * production dependency closure, each package counted once. Workspace packages count only what
 * they publish (`files`).
 */
export function installedSize(root: string): number {
  const seen = new Set<string>();
  let total = 0;
  const visit = (packageRoot: string) => {
    if (seen.has(packageRoot)) return;
    seen.add(packageRoot);
    const manifestPath = join(packageRoot, "package.json");
    const manifest = JSON.parse(readFileSync(manifestPath, "utf8"));
    const published: string[] | undefined = packageRoot.includes("node_modules") ? undefined : manifest.files;
    total += published
      ? published.reduce((sum, file) => sum + directorySize(join(packageRoot, file)), statSync(manifestPath).size)
      : directorySize(packageRoot);
    for (const dependency of Object.keys(manifest.dependencies ?? {})) {
      // An optional or platform-specific dependency that is not installed is skipped.
      const found = findManifest(dependency, packageRoot);
      if (found) visit(dirname(found));
    }
  };
  visit(realpathSync(root));
  return total;
}

/** The folder of the package a resolved entry URL belongs to: the nearest package.json with that name. */
export function packageRootOf(entryPath: string, name: string): string {
  for (let dir = dirname(entryPath); dirname(dir) !== dir; dir = dirname(dir)) {
    const manifest = join(dir, "package.json");
    if (existsSync(manifest) && JSON.parse(readFileSync(manifest, "utf8")).name === name) return dir;
  }
  throw new Error(`no package.json named ${name} above ${entryPath}`);
}
