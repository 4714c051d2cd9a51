import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extractCodeBlocks } from "../src/code-blocks.js";
import { findDocs } from "../src/find-docs.js";
import { writeRunnableBlocks } from "../src/runnable-blocks.js";

const packageDir = join(import.meta.dirname, "..");
const root = join(packageDir, "..", "..");
const blocks = findDocs(root).flatMap((file) => extractCodeBlocks(readFileSync(join(root, file), "utf8"), file));
const runnable = writeRunnableBlocks(blocks, packageDir);

describe("README blocks that are whole test files", () => {
  it("exist (the runs below would pass vacuously otherwise)", () => {
    expect(runnable.map((file) => file.block.file)).toEqual(
      expect.arrayContaining(["packages/testing/README.md", "packages/integration-kit/README.md"]),
    );
  });

  it.each(runnable.map((file) => [`${file.block.file}:${file.block.line}`, file] as const))(
    "%s passes when run with vitest",
    (_name, file) => {
      const vitest = join(packageDir, "node_modules", ".bin", "vitest");
      const run = spawnSync(vitest, ["run", "--config", "vitest.readme.config.ts", file.path], {
        cwd: packageDir,
        encoding: "utf8",
        env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0" },
        timeout: 170_000,
      });
      const output = `${run.stdout}${run.stderr}`;
      expect(run.status, output).toBe(0);
      expect(output).toMatch(/Tests\s+\d+ passed/);
    },
    180_000,
  );
});
