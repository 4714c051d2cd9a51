import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { type BlockCheck, checkCodeBlocks } from "../src/check-code-blocks.js";
import { extractCodeBlocks } from "../src/code-blocks.js";
import { findDocs } from "../src/find-docs.js";

const packageDir = join(import.meta.dirname, "..");
const root = join(packageDir, "..", "..");
const docs = findDocs(root);
const blocks = docs.flatMap((file) => extractCodeBlocks(readFileSync(join(root, file), "utf8"), file));
const checked = blocks.filter((block) => block.mode !== "skip");

let results: BlockCheck[] = [];
beforeAll(() => {
  results = checkCodeBlocks(blocks, packageDir);
});

describe("README and CONTRIBUTING code blocks", () => {
  it("are found in every part of the repository (the checks below would pass vacuously otherwise)", () => {
    for (const part of ["README.md", "CONTRIBUTING.md", "integrations/", "packages/", "tooling/", "examples/"]) {
      expect(docs.some((file) => file.startsWith(part))).toBe(true);
    }
    expect(checked.length).toBeGreaterThanOrEqual(15);
  });

  it("are all inputs of this check in turbo.json, so a changed README is never served from cache", () => {
    const turbo = JSON.parse(readFileSync(join(packageDir, "turbo.json"), "utf8"));
    const globs: string[] = turbo.tasks.test.inputs
      .filter((input: string) => input.startsWith("$TURBO_ROOT$/"))
      .map((input: string) => input.slice("$TURBO_ROOT$/".length));
    const patterns = globs.map((glob) => new RegExp(`^${glob.replace(/[.]/g, "\\.").replace(/\*/g, "[^/]+")}$`));
    const uncovered = docs.filter((file) => !patterns.some((pattern) => pattern.test(file)));
    expect(uncovered, "add these to tooling/docs-check/turbo.json's test inputs").toEqual([]);
  });

  it("can import every workspace package they document: each is a dependency of this check", () => {
    const own = JSON.parse(readFileSync(join(packageDir, "package.json"), "utf8"));
    const documented = docs
      .filter((file) => /^(packages|integrations)\//.test(file))
      .map((file) => JSON.parse(readFileSync(join(root, dirname(file), "package.json"), "utf8")).name as string);
    const missing = documented.filter((name) => own.devDependencies?.[name] !== "workspace:*");
    expect(missing, 'add these to tooling/docs-check/package.json\'s devDependencies as "workspace:*"').toEqual([]);
  });

  it("are skipped only with a reason, listed here", () => {
    const skipped = blocks.filter((block) => block.mode !== "esm-and-cjs");
    for (const block of skipped) expect(block.reason, `${block.file}:${block.line}`).toBeTruthy();
    console.info(
      skipped.map((block) => `${block.file}:${block.line} ${block.mode}: ${block.reason}`).join("\n") ||
        "No block is skipped or ESM-only.",
    );
  });

  it.each(checked.map((block) => [`${block.file}:${block.line}`, block] as const))("%s compiles", (_name, block) => {
    const mine = results.filter((result) => result.block === block);
    expect(mine.map((result) => result.kind)).toEqual(block.mode === "esm-only" ? ["esm"] : ["esm", "cjs"]);
    const errors = mine.flatMap((result) => result.errors.map((error) => `[${result.kind}] ${error}`));
    expect(errors, errors.join("\n")).toEqual([]);
  });
});
