import { type SlackStandIn, startSlackStandIn } from "@acme/slack-standin";
import { type RunHarness, startRunHarness } from "@acme/testing";
import type { TriggerClient } from "@trigger.dev/sdk";
import { afterAll, afterEach, beforeAll, beforeEach } from "vitest";
import type { TriggerSdk } from "../trigger-sdks.js";

/** What a Slack end-to-end test drives: the Slack stand-in, the run harness and a client of one SDK. */
export interface SlackRun {
  readonly slack: SlackStandIn;
  readonly harness: RunHarness;
  readonly client: TriggerClient;
}

/** How a describe block sets up its Slack runs. */
export interface SlackRunSetup {
  /** The TriggerClient's id, one per test file (`"e2e-slack-retries"`). */
  readonly clientId: string;
  /** Defines the block's jobs (and endpoints) on `client`, their Slack pointed at the stand-in's `apiUrl`. */
  readonly define: (client: TriggerClient, apiUrl: string) => void;
  /**
   * `"test"`: a new harness and client for each test, for tests that read the harness clock (it
   * starts at wall-clock time). By default one serves the whole block.
   */
  readonly harnessPer?: "block" | "test";
}

/**
 * Starts the Slack stand-in and the run harness for one describe block, defines its jobs on a
 * client of `sdk`, empties the stand-in before each test and closes both afterwards.
 */
export function useSlackRun(sdk: TriggerSdk, setup: SlackRunSetup): SlackRun {
  const run = {} as { slack: SlackStandIn; harness: RunHarness; client: TriggerClient };
  const perTest = setup.harnessPer === "test";
  const startHarness = async () => {
    run.harness = await startRunHarness({ log: (line) => console.error(line) });
    run.client = new sdk.TriggerClient({ id: setup.clientId, ...run.harness.clientOptions });
    setup.define(run.client, run.slack.apiUrl);
  };
  beforeAll(async () => {
    run.slack = await startSlackStandIn();
    if (!perTest) await startHarness();
  });
  beforeEach(async () => {
    run.slack.reset();
    if (perTest) await startHarness();
  });
  if (perTest) afterEach(() => run.harness.close());
  afterAll(async () => {
    if (!perTest) await run.harness.close();
    await run.slack.close();
  });
  return run;
}
