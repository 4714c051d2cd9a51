import { packageBuild } from "@acme/tsup-config";

// ESM only: the stand-in finds its vendored description beside it through import.meta.url.
export default packageBuild({ entry: ["src/index.ts"], format: ["esm"] });
