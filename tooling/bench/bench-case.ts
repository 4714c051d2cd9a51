/**
 * What an integration declares so that `pnpm bench` measures it: `test/<service>.bench-case.ts`
 * default-exports a {@link BenchCase}, as `test/<service>.contract.test.ts` calls the contract suite.
 *
 * The file is loaded in fresh processes whose start-up is what is measured, so it imports types
 * only (`import type`) and `node:` built-ins: every package is named by a string and imported by
 * the bench, which hands the module to the case's functions.
 */
import type * as Kit from "@acme/integration-kit";
import type { IO } from "@trigger.dev/sdk";

/** JSON, as the stand-in answers it. */
export type BenchJson = string | number | boolean | null | BenchJson[] | { [key: string]: BenchJson };

/** Where the requests of one measurement go. */
export interface BenchEnv {
  /** The thinnest `io` a task runs on: it calls the task body at once, so runs cost no run API. */
  readonly io: IO;
  /**
   * `"memory"`: every request is answered in this process, with no socket (ops/s, overhead,
   * memory). `"loopback"`: requests go to a JSON server on 127.0.0.1 in its own process.
   */
  readonly mode: "memory" | "loopback";
  /** The API root to pass as `baseUrl`: the loopback server, or an unroutable host in memory mode. */
  readonly baseUrl: string;
  /** A fetch that answers in memory, or sends to the loopback server whatever origin the URL names. */
  readonly fetch: typeof globalThis.fetch;
  /** The case's {@link BenchCase.answer}, for clients that take no fetch. */
  readonly answer: BenchJson;
}

/**
 * One task as the SDK runs it: `cloneForRun` with the run's credential, then one task. The vendor
 * side calls its prebuilt client directly and ignores the credential.
 */
export type TaskCall = (accessToken: string) => Promise<unknown>;

/** One package in the comparison. */
export interface BenchSide<M> {
  /** The npm name, resolved from the integration's folder first, then from tooling/bench. */
  readonly package: string;
  /**
   * Builds the integration (HOSTED, so the credential comes with each run) or the vendor client
   * once, aimed at `env`, and returns one task call. Leave it out to measure the import only.
   */
  readonly task?: (module: M, env: BenchEnv) => TaskCall;
}

/** The names of the kit's stock signature schemes. */
export type StockSchemeName = {
  [K in keyof typeof Kit]: (typeof Kit)[K] extends Kit.SignatureScheme ? K : never;
}[keyof typeof Kit];

/** A webhook delivery as the receiver gets it. */
export interface BenchDelivery {
  readonly rawBody: string;
  readonly headers: Record<string, string>;
  readonly secret: string;
  /** Current time in ms, for schemes with a replay window. */
  readonly now: number;
}

/** The integration's webhook verification, against the service's own verifier and a raw HMAC. */
export interface WebhookBenchCase<Verifier = never> {
  /** The kit's stock signature scheme the integration verifies with (`"githubSignatureScheme"`). */
  readonly scheme: StockSchemeName;
  /** The headers the service would send with `rawBody` at `now` (signed with `node:crypto`). */
  readonly sign: (delivery: Omit<BenchDelivery, "headers">) => Record<string, string>;
  /** The service's own verifier, when it publishes one. */
  readonly vendor?: {
    /** How the report names it (`"@octokit/webhooks-methods verify"`). */
    readonly name: string;
    readonly package: string;
    readonly verify: (module: Verifier, delivery: BenchDelivery) => boolean | Promise<boolean>;
  };
  /** The floor: the service's scheme checked with `node:crypto` HMAC and `timingSafeEqual`, nothing else. */
  readonly floor: (delivery: BenchDelivery) => boolean;
}

/** Everything `pnpm bench` needs to measure one integration. Type arguments: the modules' types. */
export interface BenchCase<Ours, Theirs = never, Vendor = never, Verifier = never> {
  /** The service's display name in the report (`"GitHub"`). */
  readonly name: string;
  /** This integration. Its `task` is required: it is what every figure measures. */
  readonly ours: BenchSide<Ours> & Required<Pick<BenchSide<Ours>, "task">>;
  /** The matching `@trigger.dev/*` v2 package (a devDependency of tooling/bench), where one exists. */
  readonly theirs?: BenchSide<Theirs>;
  /** The vendor SDK alone; its task is the direct call ours is compared with. */
  readonly vendor?: BenchSide<Vendor>;
  /** What the stand-in answers every request with: a body every side's task accepts. */
  readonly answer: BenchJson;
  readonly webhook?: WebhookBenchCase<Verifier>;
}
