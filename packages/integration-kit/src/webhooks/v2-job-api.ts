import { type ErrorOrigin, IntegrationError } from "../errors.js";

/** Which `@trigger.dev/sdk` is installed: its version, none, or unknown (a runtime with no `require`). */
export type InstalledTriggerSdk = { readonly version: string } | "none" | "unknown";

/** A v2-only part (triggers, webhook sources) was used where Trigger.dev's v2 job API is not installed. */
export class V2JobApiRequiredError extends IntegrationError {
  /** The `@trigger.dev/sdk` version found, or `"none"`. */
  readonly installed: string;

  constructor(origin: ErrorOrigin, feature: string, insteadUse: string, installed: string) {
    super(
      "V2_JOB_API_REQUIRED",
      origin,
      `${origin.service.name} integration (${origin.integrationId}): ${feature} needs Trigger.dev's v2 job API ` +
        `(\`TriggerClient\`, \`defineJob\`, from @trigger.dev/sdk 2.x or 3.x), but ${installed === "none" ? "no @trigger.dev/sdk is installed" : `@trigger.dev/sdk ${installed} is installed`}. ` +
        `With Trigger.dev v4, receive the webhook in a route of your own web framework with ${insteadUse} and start a task with \`tasks.trigger\`.`,
    );
    this.installed = installed;
  }
}

type Require = (id: string) => unknown;

/**
 * A `require` that resolves from this package: made with `createRequire` on Node 20.16+ (ESM and
 * CommonJS builds alike); else CommonJS's own (an ES module's stand-in throws, read as unknown).
 */
function packageRequire(): Require | undefined {
  try {
    const process = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
    const module = process?.getBuiltinModule?.("node:module") as typeof import("node:module") | undefined;
    if (module) return module.createRequire(import.meta.url);
  } catch {
    // Fall through to CommonJS's require.
  }
  return typeof require === "function" ? require : undefined;
}

/** The installed `@trigger.dev/sdk`, read from its package.json without loading it. */
export function installedTriggerSdk(load: Require | null = packageRequire() ?? null): InstalledTriggerSdk {
  if (!load) return "unknown";
  try {
    const { version } = load("@trigger.dev/sdk/package.json") as { version?: unknown };
    return typeof version === "string" ? { version } : "unknown";
  } catch (error) {
    return (error as { code?: string }).code === "MODULE_NOT_FOUND" ? "none" : "unknown";
  }
}

let found: InstalledTriggerSdk | undefined;
/** The installed SDK, looked up once per process. */
function detected(): InstalledTriggerSdk {
  found ??= installedTriggerSdk();
  return found;
}

/**
 * Throws {@link V2JobApiRequiredError} when the installed SDK has no v2 job API (4.x, or none), so
 * a v2-only part fails where it is used, saying what to use instead, rather than the package
 * failing to load. Lets it through when the SDK cannot be looked up (edge runtimes).
 */
export function requireV2JobApi(
  origin: ErrorOrigin,
  feature: string,
  insteadUse: string,
  installed: InstalledTriggerSdk = detected(),
): void {
  if (installed === "unknown") return;
  if (installed !== "none" && /^[23]\./.test(installed.version)) return;
  throw new V2JobApiRequiredError(origin, feature, insteadUse, installed === "none" ? "none" : installed.version);
}
