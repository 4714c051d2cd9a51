import { describe, expect, it } from "vitest";
import { lowestNodeVersion, lowestOf, NodeRangeError } from "../src/lowest-node.js";

describe("lowestNodeVersion", () => {
  it("reads >= ranges of any precision", () => {
    expect(lowestNodeVersion(">=20")).toBe("20.0.0");
    expect(lowestNodeVersion(">= 20.19")).toBe("20.19.0");
    expect(lowestNodeVersion(">=v18.20.4")).toBe("18.20.4");
  });

  it("refuses a range it cannot read, saying which form it takes", () => {
    expect(() => lowestNodeVersion("^20 || >=22")).toThrow(NodeRangeError);
    expect(() => lowestNodeVersion("20.x")).toThrow(/">=MAJOR\[\.MINOR\[\.PATCH\]\]"/);
  });

  it("picks the lowest of several versions numerically", () => {
    expect(lowestOf(["20.19.0", "20.9.0", "22.0.0"])).toBe("20.9.0");
  });
});
