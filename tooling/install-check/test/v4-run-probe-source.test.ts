import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCommand } from "../src/run-command.js";
import { v4RunProbeSource } from "../src/v4-run-probe-source.js";

const dir = mkdtempSync(join(tmpdir(), "v4-run-probe-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("v4RunProbeSource", () => {
  it("is an ES module Node parses (the template's escapes survived)", async () => {
    writeFileSync(join(dir, "probe.mjs"), v4RunProbeSource());
    const { code, output } = await runCommand(process.execPath, ["--check", "probe.mjs"], { cwd: dir });
    expect(output).toBe("");
    expect(code).toBe(0);
  });
});
