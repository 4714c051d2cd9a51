import { describe, expect, it } from "vitest";
import { triageLabels } from "../src/triage-labels.js";

describe("triageLabels", () => {
  it("always adds triage, plus what the title and body suggest", () => {
    expect(triageLabels({ title: "App crashes when saving a draft", body: null })).toEqual(["triage", "bug"]);
    expect(triageLabels({ title: "Support for dark mode", body: "It would be nice." })).toEqual([
      "triage",
      "enhancement",
    ]);
    expect(triageLabels({ title: "How do I export my data?", body: "" })).toEqual(["triage", "question"]);
    expect(triageLabels({ title: "Update the logo", body: "New brand colours." })).toEqual(["triage"]);
  });
});
