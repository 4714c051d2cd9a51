import { describe, expect, it } from "vitest";
import { failureLine } from "../src/failure-line.js";

describe("failureLine", () => {
  it("prefers the thrown error's line over Node's internal source line above it", () => {
    const output = "node:internal/errors:490\n    ErrorCaptureStackTrace(err);\n\nError [ERR_X]: in /p/a.mjs\n";
    expect(failureLine(output, "/p", 1)).toBe("Error [ERR_X]: in a.mjs");
  });

  it("falls back to a line naming an error (tsc's), then to any line, then to the exit code", () => {
    expect(failureLine("probe.ts(1,1): error TS2305: no export", "/p", 2)).toBe(
      "probe.ts(1,1): error TS2305: no export",
    );
    expect(failureLine("\nkilled\n", "/p", null)).toBe("killed");
    expect(failureLine("", "/p", 137)).toBe("exit 137");
  });
});
