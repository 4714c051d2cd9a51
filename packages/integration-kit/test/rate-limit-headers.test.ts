import { describe, expect, it } from "vitest";
import {
  answerFailure,
  MAX_RATE_LIMITED_ATTEMPTS,
  MIN_RETRY_DELAY_MS,
  retryAtFromEpochSeconds,
  retryAtFromHeaders,
  retryAtFromRetryAfter,
  ServiceError,
  withRetryFloor,
} from "../src/index.js";

const now = Date.UTC(2026, 0, 1, 12, 0, 0);

describe("retryAtFromRetryAfter", () => {
  it("reads a delay in seconds", () => {
    expect(retryAtFromRetryAfter("30", now)?.getTime()).toBe(now + 30_000);
    expect(retryAtFromRetryAfter(["5"], now)?.getTime()).toBe(now + 5_000);
  });

  it("reads an HTTP date, never earlier than now", () => {
    expect(retryAtFromRetryAfter("Thu, 01 Jan 2026 12:01:00 GMT", now)?.getTime()).toBe(now + 60_000);
    expect(retryAtFromRetryAfter("Thu, 01 Jan 2026 11:00:00 GMT", now)?.getTime()).toBe(now);
  });

  it("returns undefined for absent or unreadable values", () => {
    for (const value of [undefined, null, "", "soon", "-5"]) expect(retryAtFromRetryAfter(value, now)).toBeUndefined();
  });
});

describe("retryAtFromEpochSeconds", () => {
  it("reads epoch seconds, never earlier than now", () => {
    expect(retryAtFromEpochSeconds(String(now / 1000 + 90), now)?.getTime()).toBe(now + 90_000);
    expect(retryAtFromEpochSeconds(String(now / 1000 - 90), now)?.getTime()).toBe(now);
  });

  it("returns undefined for absent or unreadable values", () => {
    for (const value of [undefined, "", "later", "1.5"]) expect(retryAtFromEpochSeconds(value, now)).toBeUndefined();
  });
});

describe("retryAtFromHeaders", () => {
  const resetIn = (seconds: number) => String(now / 1000 + seconds);

  it("reads retry-after before the reset, whichever is later", () => {
    const later = { "retry-after": "20", "x-ratelimit-remaining": "0", "x-ratelimit-reset": resetIn(3000) };
    const earlier = { "retry-after": "60", "x-ratelimit-remaining": "0", "x-ratelimit-reset": resetIn(5) };
    expect(retryAtFromHeaders(later, now)?.getTime()).toBe(now + 20_000);
    expect(retryAtFromHeaders(earlier, now)?.getTime()).toBe(now + 60_000);
  });

  it("reads the reset only when nothing remains", () => {
    expect(retryAtFromHeaders({ "x-ratelimit-remaining": "0", "x-ratelimit-reset": resetIn(90) }, now)?.getTime()).toBe(
      now + 90_000,
    );
    expect(
      retryAtFromHeaders({ "x-ratelimit-remaining": "12", "x-ratelimit-reset": resetIn(90) }, now),
    ).toBeUndefined();
    expect(retryAtFromHeaders({}, now)).toBeUndefined();
  });
});

describe("the retry floor and the bound on rate-limited attempts", () => {
  const error = new Error("limited");

  it(`moves a retryAt sooner than ${MIN_RETRY_DELAY_MS} ms to the floor`, () => {
    const zero = withRetryFloor({ kind: "rate-limited", retryAt: new Date(now) }, now);
    expect(zero).toEqual({ kind: "rate-limited", retryAt: new Date(now + MIN_RETRY_DELAY_MS) });
    const later = { kind: "rate-limited" as const, retryAt: new Date(now + 30_000) };
    expect(withRetryFloor(later, now)).toBe(later);
    expect(withRetryFloor({ kind: "transient" }, now)).toEqual({ kind: "transient" });
  });

  it(`answers retryAt until attempt ${MAX_RATE_LIMITED_ATTEMPTS}, then stops retrying`, () => {
    const verdict = { kind: "rate-limited" as const, retryAt: new Date(now + 5_000) };
    expect(answerFailure(verdict, error)).toEqual({ retryAt: verdict.retryAt, error });
    expect(answerFailure(verdict, error, MAX_RATE_LIMITED_ATTEMPTS - 1)).toEqual({ retryAt: verdict.retryAt, error });
    expect(answerFailure(verdict, error, MAX_RATE_LIMITED_ATTEMPTS)).toEqual({ skipRetrying: true, error });
  });

  it("floors the retryAt a ServiceError carries, and says so in its message", () => {
    // Measured before the error exists, so a slow machine cannot make the floor look missing.
    const before = Date.now();
    const failure = { verdict: { kind: "rate-limited" as const, retryAt: new Date(before) }, message: "slow down" };
    const serviceError = new ServiceError({ service: { name: "Echo" }, integrationId: "e" }, "Get", failure);
    const { retryAt } = serviceError.verdict as { retryAt: Date };
    expect(retryAt.getTime()).toBeGreaterThanOrEqual(before + MIN_RETRY_DELAY_MS);
    expect(serviceError.message).toContain(retryAt.toISOString());
  });
});
