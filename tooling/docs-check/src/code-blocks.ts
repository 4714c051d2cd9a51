/** How a block is checked: as ESM and CommonJS (the default), as ESM only, or not at all. */
export type BlockMode = "esm-and-cjs" | "esm-only" | "skip";

/** Which `@trigger.dev/sdk` a block is written for: 2.x (the default, the job API) or 4.x (`task()`). */
export type TriggerSdkLine = "v2" | "v4";

/** One fenced TypeScript block of a Markdown file. */
export interface CodeBlock {
  /** The Markdown file, relative to the repository root. */
  readonly file: string;
  /** 1-based line of the opening fence. */
  readonly line: number;
  /** The code, without the fences and the list indentation around them. */
  readonly code: string;
  readonly mode: BlockMode;
  /** Why the block is not checked as both module kinds (required by the markers). */
  readonly reason: string | undefined;
  /** The SDK its `@trigger.dev/sdk` imports mean: `sdk-v4` on the fence says 4.x. */
  readonly sdk?: TriggerSdkLine;
}

const TYPESCRIPT = new Set(["ts", "typescript", "mts", "cts"]);
const FENCE = /^(\s*)(`{3,}|~{3,})\s*([^\s`]*)(.*)$/;
/** `skip: <reason>` or `esm-only: <reason>` after the language on the opening fence. */
const MARKER = /^\s*(skip|esm-only)\s*:(.*)$/;
/** `sdk-v4` first on the fence: the block is a Trigger.dev v4 project's code. */
const SDK_V4 = /^\s*sdk-v4(?=\s|$)/;

/** Thrown for a marker the check cannot honour: unknown, or without a reason. */
export class CodeBlockMarkerError extends Error {
  readonly code = "DOCS_CHECK_MARKER";
  constructor(file: string, line: number, detail: string) {
    super(
      `${file}:${line}: ${detail}. Mark a TypeScript block with "skip: <reason>" or "esm-only: <reason>" after the language, or with nothing; "sdk-v4" before them checks it against @trigger.dev/sdk 4.`,
    );
    this.name = "CodeBlockMarkerError";
  }
}

/** The TypeScript blocks (```ts, ```typescript) of one Markdown file, with the markers on their fences. */
export function extractCodeBlocks(markdown: string, file: string): CodeBlock[] {
  const lines = markdown.split(/\r?\n/);
  const blocks: CodeBlock[] = [];
  for (let index = 0; index < lines.length; index++) {
    const open = FENCE.exec(lines[index] ?? "");
    if (!open) continue;
    const [, indent = "", fence = "", language = "", info = ""] = open;
    const start = index;
    const body: string[] = [];
    for (index++; index < lines.length; index++) {
      const text = lines[index] ?? "";
      const close = FENCE.exec(text);
      if (close?.[2]?.startsWith(fence) && close[3] === "" && close[4]?.trim() === "") break;
      body.push(text.startsWith(indent) ? text.slice(indent.length) : text.trimStart());
    }
    if (!TYPESCRIPT.has(language.toLowerCase())) continue;
    let mode: BlockMode = "esm-and-cjs";
    let reason: string | undefined;
    const sdk: TriggerSdkLine = SDK_V4.test(info) ? "v4" : "v2";
    const rest = info.replace(SDK_V4, "");
    if (rest.trim() !== "") {
      const marker = MARKER.exec(rest);
      if (!marker) throw new CodeBlockMarkerError(file, start + 1, `unknown marker "${rest.trim()}"`);
      reason = marker[2]?.trim();
      if (!reason) throw new CodeBlockMarkerError(file, start + 1, `"${marker[1]}" needs a reason`);
      mode = marker[1] === "skip" ? "skip" : "esm-only";
    }
    blocks.push({ file, line: start + 1, code: body.join("\n"), mode, reason, ...(sdk === "v4" ? { sdk } : {}) });
  }
  return blocks;
}
