import { describe, expect, it } from "vitest";
import { codeSpans, matchesRoute, readmeTableRows } from "../src/testing/readme-table.js";

const readme = `# pkg

## Tasks

Intro.

| namespace | method | route |
| --- | --- | --- |
| \`issues\` | \`create\` | \`POST /repos/{owner}/{repo}/issues\` |
| \`issues\` | \`get\` | \`GET /repos/{owner}/{repo}/issues/{issue_number}\` |

| another | table |
| --- | --- |
| \`not\` | \`read\` |

## Next
`;

describe("readmeTableRows", () => {
  it("reads the body rows of the first table under the heading, cells trimmed", () => {
    expect(readmeTableRows(readme, "Tasks")).toEqual([
      ["`issues`", "`create`", "`POST /repos/{owner}/{repo}/issues`"],
      ["`issues`", "`get`", "`GET /repos/{owner}/{repo}/issues/{issue_number}`"],
    ]);
  });

  it("says which section is missing or has no table", () => {
    expect(() => readmeTableRows(readme, "Triggers")).toThrow('no "## Triggers" section');
    expect(() => readmeTableRows("## Tasks\n\nnone\n\n## Next\n| a |\n| - |\n", "Tasks")).toThrow("has no table");
  });
});

describe("codeSpans and matchesRoute", () => {
  it("take a cell's code spans, and match a sent request to its route template", () => {
    expect(codeSpans("`a`, `b` and c")).toEqual(["a", "b"]);
    const route = "POST /repos/{owner}/{repo}/issues";
    expect(matchesRoute({ method: "POST", path: "/repos/acme/app/issues?x=1" }, route)).toBe(true);
    expect(matchesRoute({ method: "GET", path: "/repos/acme/app/issues" }, route)).toBe(false);
    expect(matchesRoute({ method: "POST", path: "/repos/acme/app/issues/1" }, route)).toBe(false);
  });
});
