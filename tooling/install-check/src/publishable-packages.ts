import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

/** The workspace folders that hold packages (pnpm-workspace.yaml's). */
const PACKAGE_GROUPS = ["packages", "integrations", "tooling", "examples"];

/** A workspace package that is published (not `private`). */
export interface PublishablePackage {
  /** `@acme/github`. */
  readonly name: string;
  readonly version: string;
  /** Absolute folder. */
  readonly dir: string;
  /** Every entry a user can load: the name, then each subpath of `exports` (`@acme/integration-kit/testing`). */
  readonly entries: readonly string[];
  /** Its `engines.node` range, if any. */
  readonly nodeRange: string | undefined;
  /** The name `pnpm pack` gives its tarball: `acme-github-0.1.0.tgz`. */
  readonly tarballName: string;
}

interface Manifest {
  name: string;
  version: string;
  private?: boolean;
  exports?: Record<string, unknown>;
  engines?: { node?: string };
}

/** Every publishable package of the workspace at `root`, sorted by name. */
export function publishablePackages(root: string): PublishablePackage[] {
  const found: PublishablePackage[] = [];
  for (const group of PACKAGE_GROUPS) {
    if (!existsSync(join(root, group))) continue;
    for (const entry of readdirSync(join(root, group), { withFileTypes: true })) {
      const dir = join(root, group, entry.name);
      if (!entry.isDirectory() || !existsSync(join(dir, "package.json"))) continue;
      const manifest = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as Manifest;
      if (manifest.private) continue;
      const subpaths = Object.keys(manifest.exports ?? { ".": null }).filter(
        (key) => key.startsWith(".") && !key.includes("*") && key !== "./package.json",
      );
      found.push({
        name: manifest.name,
        version: manifest.version,
        dir,
        entries: subpaths.map((key) => (key === "." ? manifest.name : `${manifest.name}${key.slice(1)}`)),
        nodeRange: manifest.engines?.node,
        tarballName: `${manifest.name.replace(/^@/, "").replace("/", "-")}-${manifest.version}.tgz`,
      });
    }
  }
  return found.sort((a, b) => a.name.localeCompare(b.name));
}
