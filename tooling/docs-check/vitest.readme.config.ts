import { defineConfig } from "vitest/config";

// Runs the README blocks that are whole test files (written to .runnable/ by the docs check).
export default defineConfig({
  test: { include: [".runnable/**/*.test.ts"], testTimeout: 30_000, hookTimeout: 60_000, pool: "forks" },
});
