import { describe, expect, it } from "vitest";
import { matrixVerdict } from "../src/matrix-verdict.js";

describe("matrixVerdict", () => {
  const expected = { "load · b": "known", "load · c": "known" };

  it("is as expected when exactly the listed cells fail", () => {
    const verdict = matrixVerdict(
      [
        { id: "load · a", ok: true },
        { id: "load · b", ok: false },
        { id: "load · c", ok: false },
      ],
      expected,
    );
    expect(verdict).toMatchObject({ passed: 1, failed: 2, asExpected: true });
  });

  it("flags a failure not listed, a listed cell that passes, and a listed id that is no cell", () => {
    const verdict = matrixVerdict(
      [
        { id: "load · a", ok: false },
        { id: "load · b", ok: true },
      ],
      expected,
    );
    expect(verdict).toMatchObject({
      passed: 1,
      failed: 1,
      unexpectedFailures: ["load · a"],
      nowPassing: ["load · b"],
      unknown: ["load · c"],
      asExpected: false,
    });
  });

  it("holds unsettled cells to neither outcome, and still holds the rest", () => {
    const unsettled = { flaky: "sometimes runs out of heap" };
    const outcomes = [
      { id: "flaky", ok: false },
      { id: "steady", ok: false },
    ];
    expect(matrixVerdict(outcomes, {}, unsettled).unexpectedFailures).toEqual(["steady"]);
    expect(matrixVerdict([{ id: "flaky", ok: true }], { flaky: "listed" }, unsettled).asExpected).toBe(true);
  });
});
