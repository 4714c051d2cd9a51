import { inspect } from "node:util";
import { describe, expect, it } from "vitest";
import { REDACTED, redactError, redactText } from "../src/index.js";

describe("redactText", () => {
  it("replaces every occurrence of every secret", () => {
    expect(redactText("a sekret b sekret c topsecret", ["sekret", "topsecret"])).toBe(
      `a ${REDACTED} b ${REDACTED} c ${REDACTED}`,
    );
  });

  it("ignores secrets too short to search for safely", () => {
    expect(redactText("abc", ["ab"])).toBe("abc");
  });
});

describe("redactError", () => {
  it("scrubs message, stack, cause and fields a vendor SDK attaches", () => {
    const secret = "xoxb-9999-secret";
    const cause = new Error(`inner ${secret}`);
    const error = Object.assign(new Error(`outer ${secret}`, { cause }), {
      request: { headers: { authorization: `Bearer ${secret}` } },
      data: { echoed: [secret] },
    });
    const redacted = redactError(error, [secret]);
    expect(redacted).toBe(error);
    expect(inspect(redacted, { depth: 10 })).not.toContain(secret);
    expect(redacted.message).toBe(`outer ${REDACTED}`);
  });

  it("survives cycles and frozen fields", () => {
    const secret = "tok-cycle-1234";
    const error = Object.assign(new Error(secret), { frozen: Object.freeze({ value: secret }) }) as Error & {
      self?: unknown;
    };
    error.self = error;
    expect(() => redactError(error, [secret])).not.toThrow();
    expect(error.message).toBe(REDACTED);
  });

  it("scrubs thrown non-Error objects", () => {
    expect(redactError({ detail: "tok-plain-5678" }, ["tok-plain-5678"])).toEqual({ detail: REDACTED });
  });
});
