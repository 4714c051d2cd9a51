import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { prepareChildModules } from "../src/child-modules.js";

const dir = mkdtempSync(join(tmpdir(), "bench-case-test-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function caseFile(name: string, source: string): string {
  const file = join(dir, `${name}.bench-case.ts`);
  writeFileSync(file, source);
  return file;
}

describe("prepareChildModules", () => {
  it("turns a case that imports types and node: built-ins into JavaScript without those types", () => {
    const file = caseFile(
      "typed",
      `import { createHmac } from "node:crypto";
import type { BenchCase } from "../bench-case.js";
import type * as Octokit from "octokit";
const c: BenchCase<typeof Octokit> = { name: "X", answer: 1, ours: { package: "x", task: () => async () => createHmac("sha256", "k") } };
export default c;
`,
    );
    const modules = prepareChildModules([file]);
    try {
      const js = readFileSync(fileURLToPath(modules.caseUrl(file)), "utf8");
      expect(js).toContain('from "node:crypto"');
      expect(js).not.toContain("octokit");
      expect(js).not.toContain("bench-case");
    } finally {
      modules.dispose();
    }
  });

  it.each([
    ["a static import", 'import { Octokit } from "octokit";\nexport default { Octokit };\n'],
    ["a dynamic import", 'export default { load: () => import("octokit") };\n'],
    ["a side-effect import", 'import "octokit";\nexport default {};\n'],
    ["a relative import", 'import { Github } from "../src/index.js";\nexport default { Github };\n'],
  ])("refuses a case with %s, saying what to do instead", (_, source) => {
    const file = caseFile("loads", source);
    expect(() => prepareChildModules([file])).toThrow(/imports .* at run time.*import only types/s);
  });
});
