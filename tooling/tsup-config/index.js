import { defineConfig } from "tsup";

/**
 * The build every publishable package uses. Plain JavaScript so that tsup can load it from
 * node_modules without compiling it first.
 * @param {import("tsup").Options} [overrides] entries or settings specific to one package
 */
export function packageBuild(overrides = {}) {
  return defineConfig({
    entry: ["src/index.ts"],
    format: ["esm", "cjs"],
    dts: true,
    sourcemap: true,
    clean: true,
    target: "node20",
    splitting: false,
    treeshake: true,
    ...overrides,
  });
}
