import { createTestIO, type TestIO } from "@acme/integration-kit/testing";
import { type SlackStandIn, startSlackStandIn } from "@acme/slack-standin";
import { afterAll, beforeAll, beforeEach } from "vitest";
import { Slack } from "../src/index.js";

/** The token tests authenticate with; the stand-in accepts any `xox?-` token. */
export const TEST_TOKEN = "xoxb-1234-acme-test-token";

/** One Slack stand-in for the test file, emptied before each test. */
export function useSlackStandIn(): () => SlackStandIn {
  let standIn: SlackStandIn | undefined;
  beforeAll(async () => {
    standIn = await startSlackStandIn();
  });
  afterAll(() => standIn?.close());
  beforeEach(() => standIn?.reset());
  return () => {
    if (!standIn) throw new Error("useSlackStandIn: the stand-in is only available inside tests");
    return standIn;
  };
}

/** A Slack integration bound to a fresh test run, pointed at the stand-in. */
export function bindSlack(standIn: SlackStandIn, token = TEST_TOKEN): TestIO & { slack: Slack } {
  const testIO = createTestIO();
  const slack = new Slack({ id: "slack", token, baseUrl: standIn.apiUrl }).cloneForRun(testIO.io, "slack");
  return { ...testIO, slack };
}
