import { createRequire } from "node:module";
import { InvalidOptionsError } from "@acme/integration-kit";
import type * as Sdk from "@trigger.dev/sdk";

/** The v2 classes the triggers are made of. */
export type TriggerSdk = Pick<typeof Sdk, "ExternalSource" | "ExternalSourceTrigger">;

/**
 * `@trigger.dev/sdk`'s v2 trigger classes, loaded when the first trigger is made rather than when
 * the package loads: the root then loads beside SDK 4 too (which has no `ExternalSource`), where
 * tasks and `receiveStripeWebhook` work and only the v2 triggers cannot.
 */
export function loadTriggerSdk(integrationId: string): TriggerSdk {
  let sdk: Partial<TriggerSdk> | undefined;
  try {
    sdk = createRequire(import.meta.url)("@trigger.dev/sdk") as Partial<TriggerSdk>;
  } catch {
    sdk = undefined;
  }
  if (sdk?.ExternalSource && sdk.ExternalSourceTrigger) return sdk as TriggerSdk;
  throw new InvalidOptionsError(
    { service: { name: "Stripe" }, integrationId },
    "the `on*` triggers are Trigger.dev v2 triggers and need @trigger.dev/sdk 2.3 or 3.x installed. With SDK 4, receive Stripe's webhooks in your own route with receiveStripeWebhook and trigger a task from there.",
  );
}
