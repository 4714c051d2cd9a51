import { readFileSync } from "node:fs";
import { readmeTableRows } from "@acme/integration-kit/testing";

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

const unquote = (cell: string) => cell.replace(/^`|`$/g, "");

/** The rows of the table under "## Tasks" in the package README. */
export function readmeTasks(): ReadmeTask[] {
  const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8");
  return readmeTableRows(readme, "Tasks")
    .filter(([group = ""]) => group.startsWith("`"))
    .map(([group = "", method = "", alias = "", endpoint = "", onRetry = ""]) => ({
      group: unquote(group),
      method: unquote(method),
      alias: unquote(alias) || undefined,
      endpoint: unquote(endpoint),
      onRetry,
    }));
}
