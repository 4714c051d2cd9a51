import { packageBuild } from "@acme/tsup-config";

export default packageBuild({
  entry: { index: "src/index.ts", client: "src/client-entry.ts", "testing/index": "src/testing/index.ts" },
  // The testing and client entries import the main entry by name so all share one set of classes.
  external: ["vitest", "@acme/integration-kit"],
});
