import { describe, expect, it } from "vitest";
import { createVirtualClock, systemClock } from "../src/index.js";

describe("createVirtualClock", () => {
  it("skips a wait at once and moves its time forward by the wait", async () => {
    const clock = createVirtualClock();
    const before = clock.now();
    const started = Date.now();
    await clock.waitUntil(new Date(Date.now() + 3_600_000));
    expect(Date.now() - started).toBeLessThan(1000);
    expect(clock.now() - before).toBeGreaterThanOrEqual(3_600_000);
    expect(clock.skippedMs).toBeGreaterThan(3_599_000);
  });

  it("skips nothing for a time already past", async () => {
    const clock = createVirtualClock();
    await clock.waitUntil(new Date(Date.now() - 5000));
    expect(clock.skippedMs).toBe(0);
  });
});

describe("systemClock", () => {
  it("really waits until the time", async () => {
    const target = Date.now() + 40;
    await systemClock.waitUntil(new Date(target));
    expect(Date.now()).toBeGreaterThanOrEqual(target);
    expect(Math.abs(systemClock.now() - Date.now())).toBeLessThan(5);
  });
});
