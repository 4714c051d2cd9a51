import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const run = (args: string[]) => execFileSync(process.execPath, args, { cwd: import.meta.dirname, encoding: "utf8" });

// Endpoints import every integration their jobs name on every cold start, and most requests run no
// task: the openai SDK must load on the first task, not with the package.
describe("importing @acme/openai", () => {
  it("from CommonJS loads no openai SDK", () => {
    const count = run([
      "-e",
      "require('@acme/openai'); console.log(Object.keys(require.cache).filter((k) => /node_modules\\/openai\\//.test(k)).length)",
    ]);
    expect(count.trim()).toBe("0");
  });

  it("from ESM loads no openai SDK, until a task runs", () => {
    const hooks = join(tmpdir(), `openai-cold-import-${process.pid}.mjs`);
    writeFileSync(
      hooks,
      `export async function resolve(specifier, context, next) {
        const result = await next(specifier, context);
        if (/node_modules\\/openai\\//.test(result.url)) process.stdout.write("openai-sdk\\n");
        return result;
      }`,
    );
    const register = `import { register } from "node:module"; register(${JSON.stringify(`file://${hooks}`)});`;
    const withHooks = ["--import", `data:text/javascript,${encodeURIComponent(register)}`, "--input-type=module"];
    expect(run([...withHooks, "-e", "await import('@acme/openai')"])).toBe("");

    // The positive control: the same hook sees the SDK load once a task needs its client.
    const task = `const { Openai } = await import("@acme/openai");
      const io = { runTask: (key, callback) => callback({ id: "t", attempts: 1 }, io) };
      const openai = new Openai({ id: "o", apiKey: "sk-cold", baseUrl: "http://127.0.0.1:9/v1", timeoutMs: 500 });
      await openai.cloneForRun(io, "o").models.list("t").catch(() => undefined);`;
    expect(run([...withHooks, "-e", task])).toContain("openai-sdk");
  });
});
