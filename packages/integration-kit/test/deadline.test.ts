import { describe, expect, it } from "vitest";
import { withDeadline } from "../src/index.js";

/** Resolves when `signal` aborts, with its reason. */
const untilAborted = (signal: AbortSignal | undefined) =>
  new Promise<never>((_, reject) => signal?.addEventListener("abort", () => reject(signal.reason)));

describe("withDeadline", () => {
  it("aborts a call that outlives timeoutMs with a TimeoutError", async () => {
    const error = await withDeadline(30, untilAborted).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ name: "TimeoutError", message: "timed out: no answer within 30 ms" });
  });

  it("stops its timer as soon as the call settles: the signal never fires afterwards", async () => {
    let used: AbortSignal | undefined;
    await withDeadline(20, async (signal) => {
      used = signal;
    });
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(used?.aborted).toBe(false);
  });

  it("uses the caller's own signal as it is, and none without a timeout", async () => {
    const caller = new AbortController();
    const seen: (AbortSignal | undefined)[] = [];
    await withDeadline(30, async (signal) => seen.push(signal), caller.signal);
    await withDeadline(undefined, async (signal) => seen.push(signal));
    expect(seen).toEqual([caller.signal, undefined]);
  });
});
