import { packageBuild } from "@acme/tsup-config";

export default packageBuild({
  entry: { index: "src/index.ts", "testing/index": "src/testing/index.ts" },
  // The testing entry imports the main entry by name so both share one set of classes.
  external: ["vitest", "@acme/integration-kit"],
});
