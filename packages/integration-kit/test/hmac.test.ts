import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { constantTimeEqual, hmac, signingKey, webHmac } from "../src/webhooks/hmac.js";

describe("hmac", () => {
  it("gives the same digest on Node's HMAC and on the Web Crypto path other runtimes take", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.string({ minLength: 1 }),
        fc.array(fc.oneof(fc.string(), fc.uint8Array()), { maxLength: 4 }),
        fc.constantFrom("SHA-1", "SHA-256", "SHA-512" as const),
        fc.constantFrom("hex", "base64" as const),
        async (secret, parts, algorithm, encoding) => {
          const key = signingKey({}, secret);
          if (!key) throw new Error("a UTF-8 key always exists");
          expect(await webHmac(algorithm, key, parts, encoding)).toBe(await hmac(algorithm, key, parts, encoding));
        },
      ),
      { numRuns: 200 },
    );
  });

  it("compares equal strings only", () => {
    expect(constantTimeEqual("abcd", "abcd")).toBe(true);
    for (const other of ["abce", "abc", "abcde", "", "ABCD"]) expect(constantTimeEqual("abcd", other)).toBe(false);
    expect(constantTimeEqual("", "")).toBe(true);
  });
});
