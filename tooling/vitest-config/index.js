import { defineConfig, mergeConfig } from "vitest/config";

/**
 * The test settings every package uses. Tests talk to loopback servers only, so a short timeout
 * catches a hung request instead of waiting for the default.
 * @param {import("vitest/config").ViteUserConfig} [overrides] settings specific to one package
 */
export function packageTests(overrides = {}) {
  return mergeConfig(
    defineConfig({
      test: {
        include: ["src/**/*.test.ts", "test/**/*.test.ts"],
        testTimeout: 15_000,
        hookTimeout: 30_000,
        pool: "forks",
      },
    }),
    overrides,
  );
}
