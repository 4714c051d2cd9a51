import { join } from "node:path";
import ts from "typescript";
import type { CodeBlock } from "./code-blocks.js";

/** The module kind a block was checked as. */
export type ModuleKind = "esm" | "cjs";

/** The outcome of checking one block as one module kind. */
export interface BlockCheck {
  readonly block: CodeBlock;
  readonly kind: ModuleKind;
  /** Each error as `README.md:12:5 TS2304 Cannot find name 'client'.`, with the Markdown file's line. */
  readonly errors: readonly string[];
}

/**
 * What a user's strict TypeScript project has: Node's own module rules (`.mts` is ESM, `.cts` is
 * CommonJS, where top-level await and `import.meta` are errors) and every strict check.
 */
export const BLOCK_COMPILER_OPTIONS: ts.CompilerOptions = {
  strict: true,
  noImplicitOverride: true,
  target: ts.ScriptTarget.ES2022,
  lib: ["lib.es2023.d.ts"],
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  moduleDetection: ts.ModuleDetectionKind.Force,
  esModuleInterop: true,
  skipLibCheck: true,
  noEmit: true,
  types: ["node"],
};

/** This package's install of `@trigger.dev/sdk` 4 (an npm alias beside 2.3, which the other blocks use). */
export const SDK_V4_ALIAS = "trigger-sdk-v4";

/**
 * The code as this package compiles it: a v4 block's `@trigger.dev/sdk` imports point at the 4.x
 * install. Same length in lines, so errors keep their Markdown positions.
 */
export function compiledCode(block: CodeBlock): string {
  if (block.sdk !== "v4") return block.code;
  return block.code.replace(/(["'])@trigger\.dev\/sdk(\/[^"']*)?\1/g, `$1${SDK_V4_ALIAS}$2$1`);
}

/**
 * Type-checks each block as a self-contained module in one program: as `<n>.mts` (ESM) and, unless
 * it is marked ESM-only, as `<n>.cts` (CommonJS). The blocks are virtual files inside `packageDir`,
 * so their imports resolve to the packages installed there, through each package's `exports`.
 */
export function checkCodeBlocks(blocks: readonly CodeBlock[], packageDir: string): BlockCheck[] {
  const virtualDir = join(packageDir, "__readme_blocks__");
  const files = new Map<string, { block: CodeBlock; kind: ModuleKind }>();
  blocks.forEach((block, index) => {
    if (block.mode === "skip") return;
    files.set(join(virtualDir, `block-${index}.mts`), { block, kind: "esm" });
    if (block.mode === "esm-and-cjs") files.set(join(virtualDir, `block-${index}.cts`), { block, kind: "cjs" });
  });

  const host = ts.createCompilerHost(BLOCK_COMPILER_OPTIONS, true);
  const { fileExists, readFile, getSourceFile } = host;
  host.fileExists = (name) => files.has(name) || fileExists.call(host, name);
  host.readFile = (name) => {
    const virtual = files.get(name);
    return virtual ? compiledCode(virtual.block) : readFile.call(host, name);
  };
  host.getSourceFile = (name, version, onError, create) => {
    const virtual = files.get(name);
    return virtual
      ? ts.createSourceFile(name, compiledCode(virtual.block), version, true)
      : getSourceFile.call(host, name, version, onError, create);
  };
  host.getCurrentDirectory = () => packageDir;

  const program = ts.createProgram({ rootNames: [...files.keys()], options: BLOCK_COMPILER_OPTIONS, host });
  const global = ts.getPreEmitDiagnostics(program).filter((diagnostic) => !diagnostic.file);
  if (global.length > 0) throw new Error(`The block compiler options are wrong: ${format(global[0])}`);

  return [...files].map(([name, { block, kind }]) => {
    const source = program.getSourceFile(name);
    const diagnostics = source
      ? [...program.getSyntacticDiagnostics(source), ...program.getSemanticDiagnostics(source)]
      : [];
    return { block, kind, errors: diagnostics.map((diagnostic) => format(diagnostic, block)) };
  });
}

/** A diagnostic located in the Markdown file rather than in the virtual block file. */
function format(diagnostic: ts.Diagnostic | undefined, block?: CodeBlock): string {
  if (!diagnostic) return "";
  const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n");
  if (!diagnostic.file || diagnostic.start === undefined || !block) return `TS${diagnostic.code} ${message}`;
  const { line, character } = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start);
  return `${block.file}:${block.line + 1 + line}:${character + 1} TS${diagnostic.code} ${message}`;
}
