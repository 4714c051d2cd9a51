import type { IO } from "@acme/integration-kit";
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

/** How a test binds the integration to its run. */
export interface BindOptions {
  /** The token the integration is created with. */
  readonly token?: string;
  /** The Web API root (the stand-in's by default). */
  readonly apiUrl?: string;
  /**
   * Run each top-level task as Trigger.dev runs its retry: this attempt number, and the stable
   * idempotency key `retry:<key>` the first try had too.
   */
  readonly attempt?: number;
}

/** `io` whose top-level tasks see the task record of a retry (subtasks see their own first try). */
function asRetry(io: IO, attempt: number): IO {
  const runTask: IO["runTask"] = (key, callback, options, onError) =>
    io.runTask(
      key,
      (task, inner) => callback({ ...task, attempts: attempt, idempotencyKey: `retry:${String(key)}` }, inner),
      options,
      onError,
    );
  return { ...io, runTask } as IO;
}

/** A Slack integration bound to a fresh test run, pointed at the stand-in. */
export function bindSlack(standIn: SlackStandIn | undefined, options: BindOptions = {}): TestIO & { slack: Slack } {
  const { token = TEST_TOKEN, apiUrl = standIn?.apiUrl, attempt } = options;
  const testIO = createTestIO();
  const io = attempt === undefined ? testIO.io : asRetry(testIO.io, attempt);
  const slack = new Slack({ id: "slack", token, baseUrl: apiUrl }).cloneForRun(io, "slack");
  return { ...testIO, slack };
}
