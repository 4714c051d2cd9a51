import { runCommand } from "./run-command.js";

/** How an entry is loaded: `import()` from an ES module, or `require()` from CommonJS. */
export type ModuleKind = "esm" | "cjs";

/** Whether an entry loaded, and if not, the first line of the error. */
export interface LoadResult {
  readonly ok: boolean;
  /** `12 exports`, or the error's code and message. */
  readonly detail: string;
}

const PROBE = {
  esm: 'const m = await import(process.argv[1]); console.log(Object.keys(m).length + " exports");',
  cjs: 'const m = require(process.argv[1]); console.log(Object.keys(m).length + " exports");',
} as const;

/**
 * Loads `specifier` in a fresh `node` process (the given binary) run in the project `cwd`, as an
 * ES module (`--input-type=module`) or as CommonJS, and says whether it loaded with any exports.
 */
export async function loadEntry(options: {
  node: string;
  cwd: string;
  specifier: string;
  kind: ModuleKind;
}): Promise<LoadResult> {
  const args = [
    `--input-type=${options.kind === "esm" ? "module" : "commonjs"}`,
    "-e",
    PROBE[options.kind],
    options.specifier,
  ];
  const { code, output } = await runCommand(options.node, args, { cwd: options.cwd, timeoutMs: 120_000 });
  const text = output.trim();
  if (code === 0 && /^\d+ exports$/m.test(text) && !text.startsWith("0 exports")) {
    return { ok: true, detail: text.split("\n").at(-1) ?? text };
  }
  // Paths inside the scratch project are shown relative to it: the temporary folder says nothing.
  return { ok: false, detail: (firstError(text) || `exit ${code}`).replaceAll(`${options.cwd}/`, "") };
}

/** The line that says what went wrong: Node's `Error [CODE]: message` or `SyntaxError: ...`. */
function firstError(output: string): string {
  const lines = output.split("\n").map((line) => line.trim());
  const error = lines.find((line) => /^(\w*Error)(\s\[\w+\])?:/.test(line));
  const code = lines.find((line) => /^code: '/.test(line))?.replace(/^code: '(.*)',?$/, "$1");
  const message = error ?? lines.find((line) => line !== "") ?? "";
  return code && !message.includes(code) ? `${code}: ${message}` : message;
}
