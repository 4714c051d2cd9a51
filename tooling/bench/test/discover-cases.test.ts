import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { discoverCases } from "../src/discover-cases.js";

let root: string;
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** A repository with one integration folder per entry: its bench case's source, or none. */
function repo(integrations: Record<string, string | undefined>): string {
  root = mkdtempSync(join(tmpdir(), "bench-discover-test-"));
  for (const [service, benchCase] of Object.entries(integrations)) {
    const dir = join(root, "integrations", service);
    mkdirSync(join(dir, "test"), { recursive: true });
    writeFileSync(join(dir, "package.json"), JSON.stringify({ name: `@acme/${service}`, type: "module" }));
    if (benchCase !== undefined) writeFileSync(join(dir, "test", `${service}.bench-case.ts`), benchCase);
  }
  return root;
}

describe("discoverCases", () => {
  it("lists the integrations that declare no case yet instead of failing", async () => {
    const { cases, without } = await discoverCases(undefined, repo({ openai: undefined, stripe: undefined }));
    expect(cases).toEqual([]);
    expect(without).toEqual(["openai", "stripe"]);
  });

  it("refuses a case without its integration's task, naming the file and the type to follow", async () => {
    const dir = repo({ broken: 'export default { name: "Broken", answer: {}, ours: { package: "@acme/broken" } };\n' });
    await expect(discoverCases(undefined, dir)).rejects.toThrow(
      /broken\.bench-case\.ts has no `ours: \{ package, task \}`.*BenchCase/,
    );
  });

  it("refuses a case whose packages cannot be loaded, saying how to pin them", async () => {
    const dir = repo({
      lonely: `export default { name: "Lonely", answer: {}, theirs: { package: "@trigger.dev/lonely-nowhere" },
        ours: { package: "@acme/lonely", task: () => async () => undefined } };\n`,
    });
    await expect(discoverCases(undefined, dir)).rejects.toThrow(
      /@acme\/lonely, @trigger\.dev\/lonely-nowhere, which neither integrations\/lonely nor tooling\/bench can load.*add -E -D/s,
    );
  });

  it("measures only the folders asked for, and refuses a name that is no folder", async () => {
    const dir = repo({ openai: undefined, stripe: undefined });
    expect((await discoverCases(["stripe"], dir)).without).toEqual(["stripe"]);
    await expect(discoverCases(["linear"], dir)).rejects.toThrow("--only names no integration folder: linear");
  });
});
