import { describe, expect, it } from "vitest";
import { retryAtFromEpochSeconds, retryAtFromRetryAfter } from "../src/index.js";

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
