import { describe, expect, it } from "vitest";
import { REDACTED, TaskInputError } from "../src/index.js";
import { resolvePageLimit } from "../src/page-limit.js";
import { displayProperties, toJsonValue } from "../src/task-values.js";

describe("toJsonValue", () => {
  it("hides credential-like keys at any depth, summarises bytes and drops what JSON cannot hold", () => {
    const value = {
      channel: "C1",
      token: "xoxb-1",
      config: { url: "https://x", Secret: "s3" },
      file: new Uint8Array(12),
      when: new Date(Date.UTC(2026, 0, 1)),
      skip: undefined,
      fn: () => 1,
      list: [1, undefined, Number.NaN],
    };
    expect(toJsonValue(value)).toEqual({
      channel: "C1",
      token: REDACTED,
      config: { url: "https://x", Secret: REDACTED },
      file: "<12 bytes>",
      when: "2026-01-01T00:00:00.000Z",
      list: [1, null, null],
    });
  });

  it("round-trips plain JSON unchanged", () => {
    const json = { a: [1, "two", { three: true, four: null }] };
    expect(toJsonValue(json)).toEqual(json);
  });
});

describe("displayProperties", () => {
  it("keeps labelled values and leaves out missing ones", () => {
    expect(
      displayProperties([
        ["Owner", "acme"],
        ["Number", 7],
        ["Ref", undefined],
        ["Empty", ""],
      ]),
    ).toEqual([
      { label: "Owner", text: "acme" },
      { label: "Number", text: "7" },
    ]);
  });
});

describe("resolvePageLimit", () => {
  it("fills in the fallback page count and no item bound", () => {
    expect(resolvePageLimit({ maxItems: 50 }, 100)).toEqual({ maxPages: 100, maxItems: 50 });
    expect(resolvePageLimit({}, 1)).toEqual({ maxPages: 1, maxItems: Number.POSITIVE_INFINITY });
  });

  it.each([0, -1, 1.5, Number.NaN])("rejects maxPages %s with a TaskInputError that says how to fix it", (maxPages) => {
    expect(() => resolvePageLimit({ maxPages }, 1)).toThrow(TaskInputError);
    expect(() => resolvePageLimit({ maxPages }, 1)).toThrow(expect.objectContaining({ code: "TASK_INPUT" }));
    expect(() => resolvePageLimit({ maxPages }, 1)).toThrow(/paginate.maxPages must be a positive whole number/);
  });
});
