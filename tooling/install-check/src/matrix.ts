/** One Trigger.dev SDK a user may have installed, or none. */
export interface SdkVariant {
  /** How cells name it: `sdk 4.8.3`, `no sdk`. */
  readonly label: string;
  /** What is installed beside the tarballs for it. */
  readonly packages: readonly string[];
  /**
   * For SDK 4: what a v4 `task()` run in-process needs beside it (`@trigger.dev/core`'s
   * `TaskExecutor`, pinned to the SDK's own version), installed in the same `npm install`; its
   * presence adds the `v4 run` cells.
   */
  readonly v4Runtime?: readonly string[];
}

/** The SDK lines the packages' peer range names, and none at all (the `/client` entries' case). */
export const SDK_VARIANTS: readonly SdkVariant[] = [
  { label: "sdk 2.3.19", packages: ["@trigger.dev/sdk@2.3.19"] },
  { label: "sdk 3.3.9", packages: ["@trigger.dev/sdk@3.3.9"] },
  { label: "sdk 4.8.3", packages: ["@trigger.dev/sdk@4.8.3"], v4Runtime: ["@trigger.dev/core@4.8.3"] },
  { label: "no sdk", packages: [] },
];

/**
 * Installed in every project: vitest is the optional peer of `@acme/integration-kit/testing`,
 * which a test file loads; tsx, TypeScript and Node's types for a CommonJS TypeScript project.
 */
export const ALWAYS_INSTALLED: readonly string[] = [
  "vitest@4.1.12",
  "tsx@4.20.6",
  "typescript@5.9.3",
  "@types/node@20.19.43",
];

/** Which Node a load cell runs on: the lowest `engines` allows, or the one running this check. */
export type NodeLabel = "lowest" | "current";

/** The id of an install cell: `install · sdk 4.8.3`. */
export const installCellId = (sdk: SdkVariant) => `install · ${sdk.label}`;

/** The id of a CommonJS TypeScript cell: `typescript · sdk 4.8.3 · tsc` or `typescript · sdk 4.8.3 · node lowest · tsx`. */
export const typescriptCellId = (sdk: SdkVariant, tool: "tsc" | `node ${NodeLabel} · tsx`) =>
  `typescript · ${sdk.label} · ${tool}`;

/** The id of a load cell: `load · sdk 4.8.3 · node lowest · esm · @acme/github`. */
export const loadCellId = (sdk: SdkVariant, node: NodeLabel, kind: "esm" | "cjs", specifier: string) =>
  `load · ${sdk.label} · node ${node} · ${kind} · ${specifier}`;

/** The id of a v4 run cell: `v4 run · sdk 4.8.3 · node current`. */
export const v4RunCellId = (sdk: SdkVariant, node: NodeLabel) => `v4 run · ${sdk.label} · node ${node}`;
