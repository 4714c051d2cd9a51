import { packageBuild } from "@acme/tsup-config";

// `client` is the entry for Trigger.dev v4 and plain Node: it loads no Trigger.dev SDK.
// shims: `native` loads the SDK with createRequire(import.meta.url), which the CommonJS build needs shimmed.
export default packageBuild({ entry: { index: "src/index.ts", client: "src/client.ts" }, shims: true });
