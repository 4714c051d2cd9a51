import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const run = (args: string[]) => execFileSync(process.execPath, args, { cwd: import.meta.dirname, encoding: "utf8" });

// Endpoints import every integration their jobs name on every cold start, and most requests run no
// task: the vendor SDK must load on the first task, not with the package.
describe("importing @acme/slack", () => {
  it("from CommonJS loads no @slack/web-api", () => {
    const count = run([
      "-e",
      "require('@acme/slack'); console.log(Object.keys(require.cache).filter((k) => k.includes('@slack/web-api')).length)",
    ]);
    expect(count.trim()).toBe("0");
  });

  it("from ESM loads no @slack/web-api, until a task runs", () => {
    const hooks = join(tmpdir(), `slack-cold-import-${process.pid}.mjs`);
    writeFileSync(
      hooks,
      `export async function resolve(specifier, context, next) {
        const result = await next(specifier, context);
        if (result.url.includes("@slack/web-api")) process.stdout.write("web-api\\n");
        return result;
      }`,
    );
    const register = `import { register } from "node:module"; register(${JSON.stringify(`file://${hooks}`)});`;
    const withHooks = ["--import", `data:text/javascript,${encodeURIComponent(register)}`, "--input-type=module"];
    expect(run([...withHooks, "-e", "await import('@acme/slack')"])).toBe("");

    // The positive control: the same hook sees the SDK load once a task needs its client.
    const task = `const { Slack } = await import("@acme/slack");
      const io = { runTask: (key, callback) => callback({ id: "t", attempts: 1 }, io) };
      const slack = new Slack({ id: "s", token: "xoxb-cold", baseUrl: "http://127.0.0.1:9/api/", timeoutMs: 500 });
      await slack.cloneForRun(io, "s").auth.test("t").catch(() => undefined);`;
    expect(run([...withHooks, "-e", task])).toContain("web-api");
  });
});
