import { readFileSync } from "node:fs";

/** One row of the README's task table. */
export interface ReadmeTask {
  readonly namespace: string;
  readonly method: string;
  readonly alias: string | undefined;
  /** `METHOD /path/{param}` for each endpoint the row names. */
  readonly endpoints: string[];
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
      const [namespace = "", method = "", alias = "", endpoints = ""] = line.split("|").slice(1);
      return {
        namespace: unquote(namespace),
        method: unquote(method),
        alias: unquote(alias) || undefined,
        endpoints: [...endpoints.matchAll(/`((?:GET|POST|PUT|PATCH|DELETE) [^`]+)`/g)].map(
          (match) => match[1] as string,
        ),
      };
    });
}

/** Whether a sent request (`POST /repos/acme/app/issues?x=1`) is an instance of `endpoint`. */
export function matchesEndpoint(request: { method: string; path: string }, endpoint: string): boolean {
  const [method, template = ""] = endpoint.split(" ");
  const pattern = template.replace(/[.*+?^$()|[\]\\]/g, "\\$&").replace(/\{[^}]+\}/g, "[^/?]+");
  return request.method === method && new RegExp(`^${pattern}(\\?.*)?$`).test(request.path);
}
