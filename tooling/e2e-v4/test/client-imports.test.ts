import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const run = (args: string[]) => execFileSync(process.execPath, args, { cwd: import.meta.dirname, encoding: "utf8" });

/** Modules a `/client` entry must not load when imported: any Trigger.dev SDK, and the vendor SDKs until a call. */
const HEAVY = /@trigger\.dev\/|[/\\]octokit[/\\]|@octokit[/\\]|@slack[/\\]web-api/;

/** Node flags that print every heavy module a CommonJS `require` asks for. */
function withRequireHook(): string[] {
  const hook = join(tmpdir(), `client-requires-${process.pid}.cjs`);
  writeFileSync(
    hook,
    `const Module = require("node:module");
    const load = Module._load;
    Module._load = function (request, ...rest) {
      if (${HEAVY}.test("/" + request + "/")) process.stdout.write(request + "\\n");
      return load.call(this, request, ...rest);
    };`,
  );
  return ["--require", hook];
}

/** Node flags that print every heavy module an `import` resolves (from ES modules, or `import()` in CommonJS). */
function withResolveHook(): string[] {
  const hooks = join(tmpdir(), `client-imports-${process.pid}.mjs`);
  writeFileSync(
    hooks,
    `export async function resolve(specifier, context, next) {
      const result = await next(specifier, context);
      if (${HEAVY}.test(result.url)) process.stdout.write(result.url + "\\n");
      return result;
    }`,
  );
  const register = `import { register } from "node:module"; register(${JSON.stringify(`file://${hooks}`)});`;
  return ["--import", `data:text/javascript,${encodeURIComponent(register)}`];
}

describe.each([
  ["@acme/github/client", "GithubClient", "ghp_cold_0123456789", "octokit"],
  ["@acme/slack/client", "SlackClient", "xoxb-cold-0001", "@slack/web-api"],
])("%s", (entry, name, token, vendor) => {
  it("loads as CommonJS with no Trigger.dev SDK, and the vendor SDK only on the first call", async () => {
    const load = `const m = require(${JSON.stringify(entry)});
      if (typeof m.${name} !== "function" || typeof m.catchServiceError !== "function") throw new Error("missing");`;
    expect(run([...withRequireHook(), ...withResolveHook(), "-e", load])).toBe("");

    const call = `${load}
      new m.${name}({ token: ${JSON.stringify(token)}, baseUrl: "http://127.0.0.1:9/api/" }).native();`;
    const after = run([...withRequireHook(), ...withResolveHook(), "-e", call]);
    expect(after).toContain(vendor);
    expect(after).not.toMatch(/@trigger\.dev\//);
  });

  it("loads as ESM with no Trigger.dev SDK, and the vendor SDK only on the first call", () => {
    const load = `const m = await import(${JSON.stringify(entry)}); if (typeof m.${name} !== "function") throw new Error("missing");`;
    expect(run([...withResolveHook(), "--input-type=module", "-e", load])).toBe("");

    // The positive control: the same hook sees the vendor SDK load once a call needs its client.
    const call = `${load}
      const client = new m.${name}({ token: ${JSON.stringify(token)}, baseUrl: "http://127.0.0.1:9/api/" });
      await client.native();`;
    const after = run([...withResolveHook(), "--input-type=module", "-e", call]);
    expect(after).toContain(vendor);
    expect(after).not.toMatch(/@trigger\.dev\//);
  });
});
