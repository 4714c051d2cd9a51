import type { ViteUserConfig } from "vitest/config";

/** The test settings every package uses; `overrides` merges package-specific settings on top. */
export declare function packageTests(overrides?: ViteUserConfig): ViteUserConfig;
