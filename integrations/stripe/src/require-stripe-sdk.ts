import { createRequire } from "node:module";
import type { StripeConstructor } from "./create-stripe-client.js";

/**
 * The `stripe` SDK loaded synchronously, for `native`: `@trigger.dev/stripe` exposed the client as
 * a plain property, so it cannot wait for `import()`. Tasks load the SDK with `import()` instead.
 */
export function requireStripeSdk(): StripeConstructor {
  return createRequire(import.meta.url)("stripe") as StripeConstructor;
}
