/**
 * The harness's sense of time. The SDK computes `retryAt` and `delayUntil` from the wall clock
 * (`Date.now()`); the clock decides whether waiting for them is slept or skipped, and what time
 * the timeline shows.
 */
export interface Clock {
  /** Milliseconds since the epoch as the run experiences them: wall time plus every skipped wait. */
  now(): number;
  /** Resolves once the wall-clock `time` (as the SDK computed it) has come, as far as the run is concerned. */
  waitUntil(time: Date): Promise<void>;
}

/** A clock that really waits: for running a job against the real services, where a rate limit is real. */
export const systemClock: Clock = {
  now: () => Date.now(),
  waitUntil: (time) =>
    new Promise((resolve) => {
      const delay = time.getTime() - Date.now();
      if (delay <= 0) resolve();
      else setTimeout(resolve, delay);
    }),
};

/** A {@link Clock} whose waits are skipped and recorded instead of slept. */
export interface VirtualClock extends Clock {
  /** Total milliseconds skipped so far. */
  readonly skippedMs: number;
}

/**
 * A clock that runs at wall-clock speed but jumps over every wait, so a task retried in an hour
 * is retried at once while the timeline still reads as it would in production. The default.
 */
export function createVirtualClock(): VirtualClock {
  let skipped = 0;
  return {
    now: () => Date.now() + skipped,
    async waitUntil(time) {
      skipped += Math.max(0, time.getTime() - Date.now());
    },
    get skippedMs() {
      return skipped;
    },
  };
}
