import { packageTests } from "@acme/vitest-config";

// Discovery resolves packages in child processes, which take seconds each on a loaded 2-core machine.
export default packageTests({ test: { testTimeout: 60_000 } });
