import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "..", "..", "..");
const integrations = readdirSync(join(root, "integrations"), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

/** Every test file below `dir`, as text. */
function testSources(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith(".test.ts"))
    .map((file) => readFileSync(join(dir, file), "utf8"));
}

describe("every folder under integrations/", () => {
  it("exists (the check below would pass vacuously otherwise)", () => {
    expect(integrations.length).toBeGreaterThanOrEqual(2);
  });

  it.each(integrations)("%s runs the kit's contract suite from a test its package runs", (name) => {
    const dir = join(root, "integrations", name);
    const manifest = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
    expect(manifest.scripts?.test, `${name}/package.json needs a "test" script`).toMatch(/vitest/);
    const callers = testSources(join(dir, "test")).filter((source) =>
      /describeIntegrationContract\(\s*\{/.test(source),
    );
    expect(callers.length, `integrations/${name}/test must call describeIntegrationContract`).toBeGreaterThan(0);
  });
});

describe("tooling/repo-checks' own turbo inputs", () => {
  it("cover what it reads in every integration, so deleting a contract test is never served from cache", () => {
    const turbo = JSON.parse(readFileSync(join(import.meta.dirname, "..", "turbo.json"), "utf8"));
    expect(turbo.tasks.test.inputs).toEqual(
      expect.arrayContaining(["$TURBO_ROOT$/integrations/*/package.json", "$TURBO_ROOT$/integrations/*/test/**"]),
    );
  });
});
