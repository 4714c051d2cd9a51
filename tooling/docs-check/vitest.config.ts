import { packageTests } from "@acme/vitest-config";

// Type-checking every block takes a while on a loaded machine: one program, built once.
export default packageTests({ test: { hookTimeout: 180_000 } });
