import { createRequire } from "node:module";
import * as sdk2 from "@trigger.dev/sdk";
import * as sdk3 from "trigger-sdk-v3";

const require = createRequire(import.meta.url);

/** One installed `@trigger.dev/sdk`, as the suite drives it: its v2 job API from the package root. */
export interface TriggerSdk {
  /** The package name the suite imports it by. */
  readonly alias: string;
  /** The version installed under that name (read from its package.json). */
  readonly version: string;
  /**
   * The v2 `TriggerClient`. 3.x ships its own copy of the v2 types, which the integrations (typed
   * against 2.3.x) do not name, so both are seen through 2.3's types; the runtime is each version's own.
   */
  readonly TriggerClient: typeof sdk2.TriggerClient;
  readonly eventTrigger: typeof sdk2.eventTrigger;
}

const versionOf = (name: string) => (require(`${name}/package.json`) as { version: string }).version;

/** Both SDK lines the integrations support, installed side by side. */
export const triggerSdks: readonly TriggerSdk[] = [
  {
    alias: "@trigger.dev/sdk",
    version: versionOf("@trigger.dev/sdk"),
    TriggerClient: sdk2.TriggerClient,
    eventTrigger: sdk2.eventTrigger,
  },
  {
    alias: "trigger-sdk-v3",
    version: versionOf("trigger-sdk-v3"),
    TriggerClient: sdk3.TriggerClient as unknown as typeof sdk2.TriggerClient,
    eventTrigger: sdk3.eventTrigger as unknown as typeof sdk2.eventTrigger,
  },
];
