import { packageTests } from "@acme/vitest-config";

export default packageTests({ test: { globalSetup: ["test/global-setup.ts"] } });
