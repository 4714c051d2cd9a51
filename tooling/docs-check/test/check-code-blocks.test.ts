import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { type BlockCheck, checkCodeBlocks } from "../src/check-code-blocks.js";
import { CodeBlockMarkerError, extractCodeBlocks } from "../src/code-blocks.js";

const packageDir = join(import.meta.dirname, "..");
const fence = "```";

describe("extractCodeBlocks", () => {
  it("takes ts and typescript blocks, indented ones too, with the fence's line", () => {
    const markdown = [
      "# Title",
      `${fence}sh`,
      "pnpm install",
      fence,
      "1. A step:",
      "",
      `   ${fence}ts`,
      "   const a = 1;",
      "     const b = 2;",
      `   ${fence}`,
      `${fence}typescript`,
      "export {};",
      fence,
    ].join("\n");
    const blocks = extractCodeBlocks(markdown, "README.md");
    expect(blocks.map(({ line, code, mode }) => ({ line, code, mode }))).toEqual([
      { line: 7, code: "const a = 1;\n  const b = 2;", mode: "esm-and-cjs" },
      { line: 11, code: "export {};", mode: "esm-and-cjs" },
    ]);
  });

  it("reads the markers, and refuses one without a reason or an unknown one", () => {
    const marked = (info: string) => extractCodeBlocks(`${fence}ts ${info}\nawait 1;\n${fence}`, "X.md");
    expect(marked("esm-only: top-level await")[0]).toMatchObject({ mode: "esm-only", reason: "top-level await" });
    expect(marked("skip: needs a server")[0]).toMatchObject({ mode: "skip", reason: "needs a server" });
    expect(() => marked("skip:")).toThrow(CodeBlockMarkerError);
    expect(() => marked("skip:")).toThrow(/X\.md:1: "skip" needs a reason/);
    expect(() => marked("nocheck")).toThrow(/unknown marker "nocheck"/);
  });

  it("reads sdk-v4, alone or before another marker", () => {
    const marked = (info: string) => extractCodeBlocks(`${fence}ts ${info}\nawait 1;\n${fence}`, "X.md");
    expect(marked("sdk-v4")[0]).toMatchObject({ mode: "esm-and-cjs", sdk: "v4" });
    expect(marked("sdk-v4 esm-only: top-level await")[0]).toMatchObject({ mode: "esm-only", sdk: "v4" });
    expect(marked("esm-only: top-level await")[0]?.sdk).toBeUndefined();
    expect(() => marked("sdk-v4 nocheck")).toThrow(/unknown marker "nocheck"/);
  });
});

describe("checkCodeBlocks", () => {
  // One program for both cases: building one loads every type definition, which takes seconds.
  const broken = [
    "Intro",
    `${fence}ts`,
    'import { Github } from "@acme/github";',
    "",
    'const github = new Github({ id: "github", token: "t" });',
    'await client.defineJob({ id: "x" });',
    fence,
  ].join("\n");
  const working = [
    'import { Github } from "@acme/github";',
    'import { TriggerClient } from "@trigger.dev/sdk";',
    'export const client = new TriggerClient({ id: "x" });',
    'export const github = new Github({ id: "github", token: process.env.GITHUB_TOKEN });',
  ].join("\n");
  const v4 = [
    'import { task } from "@trigger.dev/sdk";',
    'export const hello = task({ id: "hello", run: async (payload: { name: string }) => payload.name.length });',
  ].join("\n");
  let results: BlockCheck[] = [];
  beforeAll(() => {
    results = checkCodeBlocks(
      [
        ...extractCodeBlocks(broken, "README.md"),
        { file: "X.md", line: 1, code: working, mode: "esm-and-cjs", reason: undefined },
        { file: "V4.md", line: 1, code: v4, mode: "esm-and-cjs", reason: undefined, sdk: "v4" },
        { file: "V2.md", line: 1, code: v4, mode: "esm-only", reason: "the same code against 2.3" },
      ],
      packageDir,
    );
  });

  it("reports undefined names with the Markdown line, and top-level await only under CommonJS", () => {
    const [esm, cjs] = results.filter((result) => result.block.file === "README.md");
    expect(esm?.kind).toBe("esm");
    expect(esm?.errors).toEqual(["README.md:6:7 TS2304 Cannot find name 'client'."]);
    expect(cjs?.kind).toBe("cjs");
    expect(cjs?.errors.map((error) => error.split(" ").slice(0, 2).join(" "))).toEqual([
      "README.md:6:1 TS1309",
      "README.md:6:7 TS2304",
    ]);
  });

  it("passes a self-contained block, resolving the built packages as ESM and as CommonJS", () => {
    const mine = results.filter((result) => result.block.file === "X.md");
    expect(mine.map((result) => [result.kind, result.errors])).toEqual([
      ["esm", []],
      ["cjs", []],
    ]);
  });

  it("checks an sdk-v4 block against @trigger.dev/sdk 4, where 2.3 has no task()", () => {
    expect(results.filter((r) => r.block.file === "V4.md").map((r) => [r.kind, r.errors])).toEqual([
      ["esm", []],
      ["cjs", []],
    ]);
    const v2 = results.find((r) => r.block.file === "V2.md");
    expect(v2?.errors.join("\n")).toMatch(
      /V2\.md:2:\d+ TS\d+ '"@trigger\.dev\/sdk"' has no exported member named 'task'/,
    );
  });
});
