import { describe, expect, it } from "vitest";
import { tsxArguments } from "../src/typescript-probe.js";

describe("tsxArguments", () => {
  it("runs tsx's CommonJS hook on Node 20.0.x, whose loaders respawn until out of heap", () => {
    expect(tsxArguments("20.0.0", "/p")).toEqual(["--require", "tsx/cjs", "probe.ts"]);
  });

  it("runs the tsx CLI from 20.1.0 on, and on other majors", () => {
    for (const version of ["20.1.0", "20.19.5", "22.0.0", "18.0.0"]) {
      expect(tsxArguments(version, "/p")).toEqual(["/p/node_modules/tsx/dist/cli.mjs", "probe.ts"]);
    }
  });
});
