import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { compiledCode } from "./check-code-blocks.js";
import type { CodeBlock } from "./code-blocks.js";

/** A test framework import: the block is a test file a user would save and run. */
const TEST_IMPORT = /from\s+["'](vitest|@acme\/integration-kit\/testing)["']/;
/** ...that defines at least one test (a block of hooks alone has nothing to run). */
const DEFINES_TESTS = /\b(test|it|describe|describeIntegrationContract)(\.\w+)?\(/;

/** True for a block that is a whole test file: it imports the test framework and defines tests. */
export function isRunnable(block: CodeBlock): boolean {
  return block.mode !== "skip" && TEST_IMPORT.test(block.code) && DEFINES_TESTS.test(block.code);
}

/** A runnable block written out as a test file. */
export interface RunnableFile {
  readonly block: CodeBlock;
  /** Path relative to the folder the files were written under: `.runnable/packages-testing-README-md-8.test.ts`. */
  readonly path: string;
}

/**
 * Writes each runnable block as a test file under `<packageDir>/.runnable/` (emptied first), where
 * its imports resolve to this package's dependencies, as they would in a user's project.
 */
export function writeRunnableBlocks(blocks: readonly CodeBlock[], packageDir: string): RunnableFile[] {
  const dir = join(packageDir, ".runnable");
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  return blocks.filter(isRunnable).map((block) => {
    const path = join(".runnable", `${block.file.replace(/[^A-Za-z0-9]+/g, "-")}-${block.line}.test.ts`);
    writeFileSync(join(packageDir, path), `${compiledCode(block)}\n`);
    return { block, path };
  });
}
