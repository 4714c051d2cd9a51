import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { runCommand } from "./run-command.js";

/** A fresh npm project with the tarballs installed, or why the install failed. */
export interface ScratchProject {
  readonly dir: string;
  readonly installed: boolean;
  /** npm's output. */
  readonly output: string;
  /** npm's `EBADENGINE` warnings, one line per package. */
  readonly badEngines: readonly string[];
}

/** Options of {@link createScratchProject}. */
export interface ScratchProjectOptions {
  /** Folder to create it in (must not exist yet, or be empty). */
  readonly dir: string;
  /** Tarball paths, installed as a user installs them: `npm install <tarballs> <packages>`, no flags. */
  readonly tarballs: readonly string[];
  /** Registry packages installed beside them (`@trigger.dev/sdk@4.8.3`). */
  readonly packages: readonly string[];
}

/**
 * Creates a plain CommonJS npm project (no `type` field, as `npm init` makes) and installs the
 * tarballs and packages into it in one `npm install`, without flags: peer conflicts fail here as
 * they would for a user. Audit, funding and update notices are turned off; they change nothing.
 */
export async function createScratchProject(options: ScratchProjectOptions): Promise<ScratchProject> {
  mkdirSync(options.dir, { recursive: true });
  writeFileSync(
    join(options.dir, "package.json"),
    `${JSON.stringify({ name: "scratch-app", version: "1.0.0", private: true }, null, 2)}\n`,
  );
  const env = {
    ...process.env,
    npm_config_audit: "false",
    npm_config_fund: "false",
    npm_config_update_notifier: "false",
  };
  const result = await runCommand("npm", ["install", ...options.tarballs, ...options.packages], {
    cwd: options.dir,
    env,
  });
  const badEngines = result.output
    .split("\n")
    .filter((line) => line.includes("EBADENGINE") && line.includes("package:"));
  return { dir: options.dir, installed: result.code === 0, output: result.output, badEngines };
}
