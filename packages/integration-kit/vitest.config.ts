import { fileURLToPath } from "node:url";
import { packageTests } from "@acme/vitest-config";

export default packageTests({
  resolve: {
    alias: [
      { find: /^@acme\/integration-kit$/, replacement: fileURLToPath(new URL("./src/index.ts", import.meta.url)) },
    ],
  },
});
