import { packageTests } from "@acme/vitest-config";

export default packageTests();
