import { existsSync, mkdirSync, readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { type PublishablePackage, publishablePackages } from "./publishable-packages.js";
import { runCommand } from "./run-command.js";

/** A package packed into a tarball. */
export interface PackedPackage extends PublishablePackage {
  /** Absolute path of its tarball. */
  readonly tarball: string;
}

/**
 * Packs every publishable package of the workspace at `root` into `outDir` with `pnpm pack`, which
 * turns `workspace:` ranges into the versions npm will look for. The packages must be built: a
 * missing `dist` is reported instead of packing an empty package.
 */
export async function packAll(root: string, outDir: string): Promise<PackedPackage[]> {
  const packages = publishablePackages(root);
  const unbuilt = packages.filter((pkg) => !existsSync(join(pkg.dir, "dist")));
  if (unbuilt.length > 0) {
    throw new Error(
      `Cannot pack ${unbuilt.map((pkg) => pkg.name).join(", ")}: not built (no dist/). Run \`pnpm pack:all\` from the repository root, which builds first.`,
    );
  }
  mkdirSync(outDir, { recursive: true });
  for (const file of readdirSync(outDir)) if (file.endsWith(".tgz")) rmSync(join(outDir, file));
  const packed: PackedPackage[] = [];
  for (const pkg of packages) {
    const result = await runCommand("pnpm", ["pack", "--pack-destination", outDir], { cwd: pkg.dir });
    const tarball = join(outDir, pkg.tarballName);
    if (result.code !== 0 || !existsSync(tarball)) {
      throw new Error(`pnpm pack failed for ${pkg.name} (exit ${result.code}):\n${result.output}`);
    }
    packed.push({ ...pkg, tarball });
  }
  return packed;
}
