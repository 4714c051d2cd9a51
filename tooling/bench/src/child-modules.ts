import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { pathToFileURL } from "node:url";
import ts from "typescript";

const here = import.meta.dirname;
/** The bench's own files that run in fresh processes, without tsx (its loader would be measured too). */
const CHILD_SOURCES = ["bench-env.ts", "cold-child.ts", "memory-child.ts"];

/** Static and dynamic import specifiers of a transpiled module. */
function importsOf(js: string): string[] {
  const specifiers = [...js.matchAll(/(?:^|[;\s])(?:import|export)\s[^'"`]*?from\s*["']([^"']+)["']/g)];
  const bare = [...js.matchAll(/(?:^|[;\s])import\s*["']([^"']+)["']/g)];
  const dynamic = [...js.matchAll(/\bimport\(\s*["']([^"']+)["']/g)];
  return [...specifiers, ...bare, ...dynamic].map((match) => match[1] as string);
}

function transpile(file: string): string {
  const { outputText } = ts.transpileModule(readFileSync(file, "utf8"), {
    fileName: file,
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
  });
  return outputText;
}

/** The modules fresh processes load: the bench's child scripts and every case, as plain JavaScript. */
export interface ChildModules {
  /** The file to run for `cold-child.ts` or `memory-child.ts`. */
  script(name: "cold-child" | "memory-child"): string;
  /** The URL of a case file's JavaScript. */
  caseUrl(caseFile: string): string;
  dispose(): void;
}

/**
 * Transpiles the child scripts and the cases into a temporary folder. A case may import only
 * types and `node:` built-ins: anything else would load in the middle of a cold-start measurement
 * (and resolve from the wrong folder), so it is refused here with the fix.
 */
export function prepareChildModules(caseFiles: readonly string[]): ChildModules {
  const dir = mkdtempSync(join(tmpdir(), "acme-bench-"));
  writeFileSync(join(dir, "package.json"), '{ "type": "module" }\n');
  for (const source of CHILD_SOURCES) {
    writeFileSync(join(dir, source.replace(/\.ts$/, ".js")), transpile(join(here, source)));
  }
  const cases = join(dir, "cases");
  mkdirSync(cases);
  const urls = new Map<string, string>();
  for (const [index, file] of caseFiles.entries()) {
    const js = transpile(file);
    const loaded = importsOf(js).filter((specifier) => !specifier.startsWith("node:"));
    if (loaded.length > 0) {
      throw new Error(
        `${file} imports ${loaded.join(", ")} at run time. A bench case is loaded in the fresh processes whose ` +
          "start-up is measured: import only types (`import type`) and node: built-ins, and name packages by string " +
          "in `package`; the bench imports them and passes the module to `task`.",
      );
    }
    const out = join(cases, `${index}-${basename(file).replace(/\.ts$/, ".js")}`);
    writeFileSync(out, js);
    urls.set(file, pathToFileURL(out).href);
  }
  return {
    script: (name) => join(dir, `${name}.js`),
    caseUrl: (file) => urls.get(file) as string,
    dispose: () => rmSync(dir, { recursive: true, force: true }),
  };
}
