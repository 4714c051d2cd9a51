import { packageBuild } from "@acme/tsup-config";

// shims: `native` loads the SDK with createRequire(import.meta.url), which the CommonJS build needs shimmed.
export default packageBuild({ shims: true });
