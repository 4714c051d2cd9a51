import { readFileSync } from "node:fs";
import { codeSpans, matchesRoute, readmeTableRows } from "@acme/integration-kit/testing";

/** One row of the README's task table. */
export interface ReadmeTask {
  readonly namespace: string;
  readonly method: string;
  readonly aliases: string[];
  /** `METHOD /path/{param}` for each endpoint the row names (none for a task OpenAI removed). */
  readonly routes: string[];
  readonly sideEffect: string;
}

/** The rows of the table under "## Tasks" in the package README. */
export function readmeTasks(): ReadmeTask[] {
  const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8");
  return readmeTableRows(readme, "Tasks")
    .filter(([namespace = ""]) => namespace.startsWith("`"))
    .map(([namespace = "", method = "", aliases = "", routes = "", sideEffect = ""]) => ({
      namespace: codeSpans(namespace)[0] ?? "",
      method: codeSpans(method)[0] ?? "",
      aliases: codeSpans(aliases),
      routes: codeSpans(routes).filter((route) => /^(GET|POST|DELETE) \//.test(route)),
      sideEffect: codeSpans(sideEffect)[0] ?? sideEffect,
    }));
}

export { matchesRoute };
