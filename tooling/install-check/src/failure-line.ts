/**
 * The line of a probe's output that says what went wrong, paths shown relative to the project
 * `dir`: a thrown error's own line (`Error [CODE]: ...`, `SyntaxError: ...`) when there is one (Node
 * prints the source line of its own internals above it), else the first line naming an error.
 */
export function failureLine(output: string, dir: string, code: number | null): string {
  const lines = output.split("\n").map((line) => line.trim());
  const line =
    lines.find((text) => /^\w*Error(\s\[\w+\])?:/.test(text)) ??
    lines.find((text) => /error|Error/.test(text)) ??
    lines.find((text) => text !== "");
  return (line ?? `exit ${code}`).replaceAll(`${dir}/`, "");
}
