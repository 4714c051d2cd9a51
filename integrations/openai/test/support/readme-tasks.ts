import { readFileSync } from "node:fs";

/** One row of the README's task table. */
export interface ReadmeTask {
  readonly namespace: string;
  readonly method: string;
  readonly aliases: string[];
  /** `METHOD /path/{param}` for each endpoint the row names (none for a task OpenAI removed). */
  readonly routes: string[];
  readonly sideEffect: string;
}

const cells = (line: string) =>
  line
    .split("|")
    .slice(1, -1)
    .map((cell) => cell.trim());
const codes = (cell: string) => [...cell.matchAll(/`([^`]+)`/g)].map((match) => match[1] as string);

/** The rows of the table under "## Tasks" in the package README. */
export function readmeTasks(): ReadmeTask[] {
  const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8");
  const section = readme.split(/^## Tasks$/m)[1]?.split(/^## /m)[0] ?? "";
  return section
    .split("\n")
    .filter((line) => line.startsWith("| `"))
    .map((line) => {
      const [namespace = "", method = "", aliases = "", routes = "", sideEffect = ""] = cells(line);
      return {
        namespace: codes(namespace)[0] ?? "",
        method: codes(method)[0] ?? "",
        aliases: codes(aliases),
        routes: codes(routes).filter((route) => /^(GET|POST|DELETE) \//.test(route)),
        sideEffect: codes(sideEffect)[0] ?? sideEffect,
      };
    });
}

/** Whether a sent request (`POST /files/file-1/content?x=1`) is an instance of a route (`POST /files/{file_id}/content`). */
export function matchesRoute(request: { method: string; path: string }, route: string): boolean {
  const [method, template = ""] = route.split(" ");
  const pattern = template.replace(/[.*+?^$()|[\]\\]/g, "\\$&").replace(/\{[^}]+\}/g, "[^/?]+");
  return request.method === method && new RegExp(`^${pattern}(\\?.*)?$`).test(request.path);
}
