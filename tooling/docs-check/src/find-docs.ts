import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";

/** File names whose code blocks are checked. */
export const DOC_NAMES = ["README.md", "CONTRIBUTING.md"] as const;
/** The workspace folders whose packages' docs are checked (pnpm-workspace.yaml's). */
export const PACKAGE_GROUPS = ["packages", "integrations", "tooling", "examples"] as const;

/**
 * The repository's README.md and CONTRIBUTING.md files, relative to `root`, sorted: the top
 * level's and each workspace package's (`packages/*`, `integrations/*`, `tooling/*`, `examples/*`).
 */
export function findDocs(root: string): string[] {
  const folders = [
    ".",
    ...PACKAGE_GROUPS.flatMap((group) =>
      existsSync(join(root, group))
        ? readdirSync(join(root, group), { withFileTypes: true })
            .filter((entry) => entry.isDirectory())
            .map((entry) => `${group}/${entry.name}`)
        : [],
    ),
  ];
  return folders
    .flatMap((folder) => DOC_NAMES.map((name) => (folder === "." ? name : `${folder}/${name}`)))
    .filter((file) => existsSync(join(root, file)))
    .sort();
}
