import { packageTests } from "@acme/vitest-config";

// The GitHub stand-in loads GitHub's 13 MB API description before the first test: about 10 s alone.
export default packageTests({ test: { hookTimeout: 90_000 } });
