import { describe, expect, it } from "vitest";
import type { CaseResult } from "../src/case-result.js";
import { checkGate } from "../src/check-gate.js";
import type { DiscoveredCase } from "../src/discover-cases.js";
import { MEASURES } from "../src/thresholds.js";

/** A result whose only figure is the cold import ours / vendor SDK, for an integration folder named `service`. */
function importVsVendor(service: string, ratio: number | undefined): CaseResult {
  return {
    c: { service } as DiscoveredCase,
    versions: {},
    cold: {
      importMs: {},
      firstTaskMs: {},
      importBesideSdkMs: {},
      bootMs: 0,
      ratio: ratio === undefined ? {} : { importVsVendor: ratio },
      runs: 1,
    },
    tasks: { ops: {} },
    webhook: undefined,
    memory: {},
    sizes: {},
  };
}

const gate = MEASURES["cold-import-vs-vendor"].gate.value;
const target = MEASURES["cold-import-vs-vendor"].target.value;
const verdicts = (results: CaseResult[], gaps = {}) =>
  checkGate(results, gaps).map((line) => [line.service, line.passed, line.gap?.closed]);

describe("checkGate", () => {
  it("passes a figure within its gate and fails one past it", () => {
    expect(verdicts([importVsVendor("fast", gate * 0.9), importVsVendor("slow", gate * 1.1)])).toEqual([
      ["fast", true, undefined],
      ["slow", false, undefined],
    ]);
  });

  it("judges only the figures an integration has", () => {
    expect(checkGate([importVsVendor("probe", undefined)])).toEqual([]);
  });

  it("holds a known gap to its own gate, and says when it meets the target", () => {
    const gaps = { "slow cold-import-vs-vendor": { gate: gate * 3, why: "a reason" } };
    expect(verdicts([importVsVendor("slow", gate * 2)], gaps)).toEqual([["slow", true, false]]);
    expect(verdicts([importVsVendor("slow", gate * 4)], gaps)).toEqual([["slow", false, false]]);
    expect(verdicts([importVsVendor("slow", target * 1.1)], gaps)).toEqual([["slow", true, false]]);
    expect(verdicts([importVsVendor("slow", target)], gaps)).toEqual([["slow", true, true]]);
    expect(verdicts([importVsVendor("other", gate * 2)], gaps)).toEqual([["other", false, undefined]]);
  });
});
