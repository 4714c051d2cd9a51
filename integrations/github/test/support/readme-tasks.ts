import { readFileSync } from "node:fs";
import { codeSpans, matchesRoute, readmeTableRows } from "@acme/integration-kit/testing";

/** One row of the README's task table. */
export interface ReadmeTask {
  readonly namespace: string;
  readonly method: string;
  readonly alias: string | undefined;
  /** `METHOD /path/{param}` for each endpoint the row names. */
  readonly endpoints: string[];
}

const unquote = (cell: string) => cell.replace(/^`|`$/g, "");

/** The rows of the table under "## Tasks" in the package README. */
export function readmeTasks(): ReadmeTask[] {
  const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8");
  return readmeTableRows(readme, "Tasks")
    .filter(([namespace = ""]) => namespace.startsWith("`"))
    .map(([namespace = "", method = "", alias = "", endpoints = ""]) => ({
      namespace: unquote(namespace),
      method: unquote(method),
      alias: unquote(alias) || undefined,
      endpoints: codeSpans(endpoints).filter((span) => /^(GET|POST|PUT|PATCH|DELETE) /.test(span)),
    }));
}

/** Whether a sent request (`POST /repos/acme/app/issues?x=1`) is an instance of `endpoint`. */
export const matchesEndpoint = matchesRoute;
