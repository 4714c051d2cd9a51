import { readFileSync } from "node:fs";

/** One row of the README's task table. */
export interface ReadmeTask {
  readonly group: string;
  readonly method: string;
  readonly alias: string | undefined;
  /** `METHOD /v1/path/{param}`, as Stripe's description names the endpoint. */
  readonly endpoint: string;
  /** What a retry does, in the README's words. */
  readonly onRetry: string;
}

const unquote = (cell: string) => cell.trim().replace(/^`|`$/g, "");

/** The rows of the table under "## Tasks" in the package README. */
export function readmeTasks(): ReadmeTask[] {
  const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8");
  const section = readme.split(/^## Tasks$/m)[1]?.split(/^#{2,3} /m)[0] ?? "";
  return section
    .split("\n")
    .filter((line) => line.startsWith("| `"))
    .map((line) => {
      const [group = "", method = "", alias = "", endpoint = "", onRetry = ""] = line.split("|").slice(1);
      return {
        group: unquote(group),
        method: unquote(method),
        alias: unquote(alias) || undefined,
        endpoint: unquote(endpoint),
        onRetry: onRetry.trim(),
      };
    });
}
