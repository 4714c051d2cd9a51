import { spawnSync } from "node:child_process";

/**
 * Where Node would load each package from `dir` (an ESM `import`, with the package's own export
 * conditions), as file URLs; `undefined` for those it cannot find. Asked of Node itself in a child
 * process whose working directory is `dir`, since that is what a bare specifier in `--eval` code
 * resolves against.
 */
export function resolvePackages(dir: string, names: readonly string[]): Record<string, string | undefined> {
  const code = `const out = {};
for (const name of ${JSON.stringify(names)}) {
  try { out[name] = import.meta.resolve(name); } catch { out[name] = null; }
}
process.stdout.write(JSON.stringify(out));`;
  const result = spawnSync(process.execPath, ["--input-type=module", "-e", code], { cwd: dir, encoding: "utf8" });
  if (result.status !== 0) throw new Error(`resolving ${names.join(", ")} from ${dir} failed: ${result.stderr}`);
  const found = JSON.parse(result.stdout) as Record<string, string | null>;
  return Object.fromEntries(names.map((name) => [name, found[name] ?? undefined]));
}
