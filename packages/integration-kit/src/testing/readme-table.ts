/**
 * The body rows of the first table under the `## <heading>` of a README, each as its cells,
 * trimmed: what an integration's README test reads its task table with, to hold the table, the
 * class and the tests to one list.
 */
export function readmeTableRows(markdown: string, heading: string): string[][] {
  const lines = markdown.split("\n");
  const start = lines.findIndex((line) => line.trim() === `## ${heading}`);
  if (start === -1) throw new Error(`readmeTableRows: the README has no "## ${heading}" section.`);
  const first = lines.findIndex((line, index) => index > start && line.startsWith("|"));
  if (first === -1 || lines.slice(start + 1, first).some((line) => line.startsWith("## "))) {
    throw new Error(`readmeTableRows: the "## ${heading}" section has no table.`);
  }
  const end = lines.findIndex((line, index) => index > first && !line.startsWith("|"));
  // The header row and the `| --- |` row are not data.
  return lines.slice(first + 2, end === -1 ? undefined : end).map((line) =>
    line
      .split("|")
      .slice(1, -1)
      .map((cell) => cell.trim()),
  );
}

/** The text inside each pair of backticks of a table cell (`` `a`, `b` `` gives `a`, `b`). */
export const codeSpans = (cell: string): string[] =>
  [...cell.matchAll(/`([^`]+)`/g)].map((match) => match[1] as string);

/**
 * Whether a request as sent (`POST /repos/acme/app/issues?x=1`) is an instance of a route as an
 * API description names it (`POST /repos/{owner}/{repo}/issues`).
 */
export function matchesRoute(request: { readonly method: string; readonly path: string }, route: string): boolean {
  const [method, template = ""] = route.split(" ");
  const pattern = template.replace(/[.*+?^$()|[\]\\]/g, "\\$&").replace(/\{[^}]+\}/g, "[^/?]+");
  return request.method === method && new RegExp(`^${pattern}(\\?.*)?$`).test(request.path);
}
