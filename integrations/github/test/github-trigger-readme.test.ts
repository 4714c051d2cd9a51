import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { events } from "../src/index.js";

/** Rows of the table under "## Triggers": trigger name and GitHub event. */
function readmeTriggers(): { trigger: string; event: string; runsFor: string }[] {
  const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
  const section = readme.split(/^## Triggers$/m)[1]?.split(/^#{2,3} /m)[0] ?? "";
  return section
    .split("\n")
    .filter((line) => line.startsWith("| `"))
    .map((line) => {
      const [trigger = "", event = "", runsFor = ""] = line
        .split("|")
        .slice(1)
        .map((cell) => cell.trim().replace(/^`|`$/g, ""));
      return { trigger, event, runsFor };
    });
}

describe("the README's trigger table", () => {
  it("lists exactly the exported events, each with the GitHub event it subscribes to", () => {
    const rows = readmeTriggers();
    expect(rows.map((row) => row.trigger).sort()).toEqual(Object.keys(events).sort());
    for (const row of rows) {
      const spec = events[row.trigger as keyof typeof events];
      expect(row.event, row.trigger).toBe(spec.name);
      // "every ..." rows have no filter; the others name what the filter checks.
      expect(row.runsFor.startsWith("every"), row.trigger).toBe(spec.filter === undefined);
      for (const field of Object.keys(spec.filter ?? {})) expect(row.runsFor, row.trigger).toContain(field);
    }
  });
});
