import { inspect } from "node:util";
import { describe, expect, it } from "vitest";
import { REDACTED, redactError, redactOutput, redactText } from "../src/index.js";

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

describe("redactOutput", () => {
  it("returns the same output untouched when it holds no secret", () => {
    const output = { id: 1, items: ["a", "b"] };
    expect(redactOutput(output, ["tok-output-1234"])).toBe(output);
    expect(redactOutput(output, ["tok-output-1234"])).toEqual({ id: 1, items: ["a", "b"] });
  });

  it("removes a secret the service echoed back, however deep", () => {
    const secret = "tok-output-1234";
    const output = { a: { b: { c: { d: { e: { f: `token ${secret}` } } } } }, list: [secret] };
    expect(JSON.stringify(redactOutput(output, [secret]))).not.toContain(secret);
    expect(redactOutput(`plain ${secret}`, [secret])).toBe(`plain ${REDACTED}`);
  });
});

describe("redacting fetch Headers", () => {
  it("rebuilds Headers whose values hold a secret", () => {
    const secret = "tok-headers-1234";
    const error = Object.assign(new Error("failed"), { headers: new Headers({ "x-echo": `sent ${secret}` }) });
    redactError(error, [secret]);
    expect(error.headers.get("x-echo")).toBe(`sent ${REDACTED}`);
  });
});
