import type { RunTaskOptions } from "./v2-api/index.js";

/**
 * Retry policy for tasks that do not set their own: exponential backoff from half a second to 30
 * seconds over 8 attempts, the same shape as Trigger.dev's `retry.standardBackoff`.
 */
export const defaultRetry: NonNullable<RunTaskOptions["retry"]> = {
  limit: 8,
  factor: 1.8,
  minTimeoutInMs: 500,
  maxTimeoutInMs: 30_000,
  randomize: true,
};
