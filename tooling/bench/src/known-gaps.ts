import type { MeasureId } from "./thresholds.js";

/** A figure that misses its normal gate today, for a reason being worked on. */
export interface KnownGap {
  /** The gate that applies until the gap is closed: today's level with the same noise margin. */
  readonly gate: number;
  /** Why it misses, and what closes it. */
  readonly why: string;
}

// The kit's verifier imports the HMAC key into Web Crypto again on every call and awaits it: about
// 1/30 of @octokit/webhooks-methods (node:crypto). #13 rewrites it (packages/integration-kit/src/webhooks/).
// Async Web Crypto also suffers most on a loaded machine, hence the low floor.
const KIT_VERIFIER = "the kit's verifier re-imports the key into Web Crypto on every call (#13 rewrites it)";
// The root imports ExternalSource and friends from @trigger.dev/sdk at load (see install-check's
// expected failures), and the SDK alone loads about as long as octokit.
const GITHUB_SDK_AT_ROOT = "@acme/github's root imports @trigger.dev/sdk at load; loading it on use closes this";

/**
 * Figures that miss the normal gate of thresholds.ts for a known reason, keyed `<integration
 * folder> <measure>`. `pnpm bench:check` holds them to the looser gate here so they cannot get
 * worse, and says when one has come within the normal gate: then delete its line, in the change
 * that closed it.
 */
export const KNOWN_GAPS: Readonly<Partial<Record<`${string} ${MeasureId}`, KnownGap>>> = {
  "github cold-import-vs-theirs": { gate: 0.8, why: GITHUB_SDK_AT_ROOT },
  "github cold-import-vs-vendor": { gate: 2.5, why: GITHUB_SDK_AT_ROOT },
  "github webhook-vs-vendor": { gate: 0.005, why: KIT_VERIFIER },
  "github webhook-vs-floor": { gate: 0.004, why: KIT_VERIFIER },
  "slack webhook-vs-floor": { gate: 0.004, why: KIT_VERIFIER },
  // WebClient 8's own call is most of a task: at 3.5-15k calls/s against their 0.5-1.6k clones + calls,
  // even a task that cost nothing over it would be under 10x @trigger.dev/slack.
  // stripe 23's own call is about 3.5x slower than stripe 12's (2.8k vs 10k calls/s in memory on this
  // machine), so its direct call is as slow as @trigger.dev/stripe's new stripe 12 client + call (2.5k/s).
  "stripe clone-task-vs-theirs": {
    gate: 0.8,
    why: "the stripe 23 call itself bounds it: the direct call is as fast as @trigger.dev/stripe's new client + call",
  },
  "slack clone-task-vs-theirs": {
    gate: 0.9,
    why: "the WebClient call itself bounds it: the direct call is under 10× @trigger.dev/slack's clone + call",
  },
};
