import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const run = (args: string[]) => execFileSync(process.execPath, args, { cwd: import.meta.dirname, encoding: "utf8" });

/** Each integration, the path fragment its vendor SDK loads from, and one task to load it. */
const integrations = [
  {
    pkg: "@acme/github",
    vendor: "node_modules/octokit/",
    task: `const { Github } = await import("@acme/github");
      const github = new Github({ id: "g", token: "ghp_cold", baseUrl: "http://127.0.0.1:9", timeoutMs: 500 });
      await github.cloneForRun(io, "g").users.getAuthenticated("t").catch(() => undefined);`,
  },
  {
    pkg: "@acme/slack",
    vendor: "node_modules/@slack/web-api/",
    task: `const { Slack } = await import("@acme/slack");
      const slack = new Slack({ id: "s", token: "xoxb-cold", baseUrl: "http://127.0.0.1:9/api/", timeoutMs: 500 });
      await slack.cloneForRun(io, "s").auth.test("t").catch(() => undefined);`,
  },
  {
    pkg: "@acme/openai",
    vendor: "node_modules/openai/",
    task: `const { Openai } = await import("@acme/openai");
      const openai = new Openai({ id: "o", apiKey: "sk-cold", baseUrl: "http://127.0.0.1:9/v1", timeoutMs: 500 });
      await openai.cloneForRun(io, "o").models.list("t").catch(() => undefined);`,
  },
  {
    pkg: "@acme/stripe",
    vendor: "node_modules/stripe/",
    task: `const { Stripe } = await import("@acme/stripe");
      const stripe = new Stripe({ id: "p", apiKey: "sk_test_cold", baseUrl: "http://127.0.0.1:9", timeoutMs: 500 });
      await stripe.cloneForRun(io, "p").balance.retrieve("t").catch(() => undefined);`,
  },
];

const loadedFromCommonJs = (entry: string, pattern: string) =>
  JSON.parse(
    run([
      "-e",
      `require(${JSON.stringify(entry)}); const p = new RegExp(${JSON.stringify(pattern)});
       console.log(JSON.stringify(Object.keys(require.cache).filter((k) => p.test(k))))`,
    ]),
  );

/** Node flags that print `vendor-sdk` whenever a module under `vendor` resolves. */
function esmWatching(vendor: string): string[] {
  const hooks = join(tmpdir(), `cold-import-${process.pid}-${vendor.replace(/\W/g, "_")}.mjs`);
  writeFileSync(
    hooks,
    `export async function resolve(specifier, context, next) {
      const result = await next(specifier, context);
      if (result.url.includes(${JSON.stringify(vendor)})) process.stdout.write("vendor-sdk\\n");
      return result;
    }`,
  );
  const register = `import { register } from "node:module"; register(${JSON.stringify(`file://${hooks}`)});`;
  return ["--import", `data:text/javascript,${encodeURIComponent(register)}`, "--input-type=module"];
}

// Endpoints import every integration their jobs name on every cold start, and most requests run no
// task: the vendor SDK must load on the first task, not with the package, and the v4 entry must
// load no Trigger.dev SDK at all.
describe.each(integrations)("importing $pkg", ({ pkg, vendor, task }) => {
  const escaped = vendor.replace(/[/.@]/g, (c) => `\\${c}`);

  it("from CommonJS loads no vendor SDK", () => {
    expect(loadedFromCommonJs(pkg, escaped)).toEqual([]);
  });

  it("its /client entry, from CommonJS, loads no vendor SDK and no Trigger.dev SDK", () => {
    expect(loadedFromCommonJs(`${pkg}/client`, `${escaped}|node_modules\\/@trigger\\.dev\\/`)).toEqual([]);
  });

  it("from ESM loads no vendor SDK, until a task runs", () => {
    const flags = esmWatching(vendor);
    expect(run([...flags, "-e", `await import(${JSON.stringify(pkg)})`])).toBe("");
    // The positive control: the same hook sees the SDK load once a task needs its client.
    const io = `const io = { runTask: (key, callback) => callback({ id: "t", attempts: 1 }, io) };`;
    expect(run([...flags, "-e", `${io}\n${task}`])).toContain("vendor-sdk");
  });
});
