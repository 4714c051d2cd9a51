import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "..", "..", "..");
const integrations = readdirSync(join(root, "integrations"), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

/** Every file below `dir` whose name ends with `suffix`, as text. */
function sources(dir: string, suffix: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith(suffix))
    .map((file) => readFileSync(join(dir, file), "utf8"));
}
const testSources = (dir: string) => sources(dir, ".test.ts");

/** The class an integration folder exports (`github` → `Github`), as the mission names them. */
const classOf = (name: string) =>
  name.charAt(0).toUpperCase() + name.slice(1).replace(/-(\w)/g, (_, c) => c.toUpperCase());

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

  it.each(integrations)("%s offers its plain client at the /client entry, for v4 tasks and plain Node", (name) => {
    const dir = join(root, "integrations", name);
    const manifest = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
    const entry = manifest.exports?.["./client"];
    expect(entry, `${name}/package.json needs an "./client" export`).toBeDefined();
    expect(Object.keys(entry), `"./client" of ${name} needs import and require conditions`).toEqual(
      expect.arrayContaining(["import", "require"]),
    );
    const client = join(dir, "src", "client.ts");
    expect(existsSync(client), `integrations/${name}/src/client.ts is the /client entry`).toBe(true);
    expect(readFileSync(client, "utf8")).toMatch(new RegExp(`export \\{[^}]*\\b${classOf(name)}Client\\b`));
  });

  it.each(integrations)("%s runs the kit's webhook contract for each webhook receiver it exports", (name) => {
    const dir = join(root, "integrations", name);
    const receivers = sources(join(dir, "src"), ".ts").flatMap((source) =>
      [...source.matchAll(/export const (\w+): WebhookReceiver</g)].map((match) => match[1] as string),
    );
    const contracts = testSources(join(dir, "test")).join("\n");
    for (const receiver of receivers) {
      expect(
        contracts,
        `integrations/${name}/test must call describeWebhookContract({ receiver: ${receiver}, ... })`,
      ).toMatch(new RegExp(`describeWebhookContract\\(\\s*\\{[^]*?receiver:\\s*${receiver}\\b`));
    }
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
