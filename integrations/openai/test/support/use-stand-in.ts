import { type OpenaiStandIn, startOpenaiStandIn } from "@acme/openai-standin";
import { afterAll, beforeAll, beforeEach } from "vitest";
import { Openai, type OpenaiOptions } from "../../src/index.js";
import { createBackgroundIO } from "./background-io.js";

/** The API key tests use: long and distinctive, so a leak of it anywhere is found. */
export const TEST_KEY = "sk-test-canary-4f9c2b7e1d0a8653c2b1";

/** One stand-in per test file, emptied before each test. */
export function useOpenaiStandIn(): () => OpenaiStandIn {
  let standIn: OpenaiStandIn | undefined;
  beforeAll(async () => {
    standIn = await startOpenaiStandIn();
  });
  afterAll(() => standIn?.close());
  beforeEach(() => standIn?.reset());
  return () => {
    if (!standIn) throw new Error("the stand-in is not running");
    return standIn;
  };
}

/** An Openai bound to a test run (with background fetch and poll), talking to the stand-in. */
export function bindToStandIn(
  standIn: OpenaiStandIn,
  options: Partial<OpenaiOptions> = {},
  settings: { attempt?: number } = {},
) {
  const testIO = createBackgroundIO(settings);
  const openai = new Openai({ id: "openai", apiKey: TEST_KEY, baseUrl: standIn.baseUrl, ...options }).cloneForRun(
    testIO.io,
    "openai",
  );
  return { openai, ...testIO };
}
