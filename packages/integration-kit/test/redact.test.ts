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

describe("redaction in every common form, at any depth", () => {
  const secret = "ghp_Canary/4f2+9d=Zq81";
  const b64 = (text: string) => Buffer.from(text).toString("base64");
  const b64url = (text: string) => Buffer.from(text).toString("base64url");
  const forms = [
    secret,
    encodeURIComponent(secret),
    encodeURIComponent(secret).replace(/%[0-9A-F]{2}/g, (hex) => hex.toLowerCase()),
    b64(secret),
    b64url(secret),
    `Basic ${b64(`x-access-token:${secret}`)}`,
    `Basic ${b64(`${secret}:`)}`,
    `Basic ${b64(`octocat:${secret}`)}`,
    ...["", "a", "ab", "abc", "abcd", "abcde"].map((prefix) => b64(`${prefix}${secret}${prefix}`)),
    ...["", "a", "ab"].map((prefix) => b64url(`${prefix}${secret}`)),
  ];
  const views = (value: unknown) => {
    const seen = new WeakSet();
    const json = JSON.stringify(value, (_key, inner) => {
      if (inner && typeof inner === "object") {
        if (seen.has(inner)) return "[cycle]";
        seen.add(inner);
      }
      return inner;
    });
    return `${json}\n${inspect(value, { depth: Number.POSITIVE_INFINITY, getters: true })}`;
  };
  const deep = (leaf: unknown, levels: number): unknown =>
    Array.from({ length: levels }).reduce<unknown>((inner, _, i) => ({ [`level${levels - i}`]: inner }), leaf);

  it.each(forms)("finds %s nowhere after redactText", (form) => {
    expect(redactText(`sent ${form} back`, [secret])).not.toContain(form);
    // What is left of a base64 fragment is too short to carry the secret.
    expect(redactText(`sent ${form} back`, [secret])).toContain(REDACTED);
  });

  it("leaves text without the secret alone", () => {
    const text = `ordinary ${b64("ordinary text that mentions no credential")} words`;
    expect(redactText(text, [secret])).toBe(text);
  });

  it("scrubs every form at depth 12 inside a cause chain, as JSON.stringify and util.inspect show it", () => {
    const response = { status: 500, data: deep({ echoed: [...forms] }, 12), headers: { "x-echo": forms.join(" ") } };
    const vendor = Object.assign(new Error(`HTTP 500: ${forms.join(" ")}`), { response });
    const wrapped = new Error("task failed", { cause: new Error("vendor failed", { cause: vendor }) });
    redactError(wrapped, [secret]);
    const shown = `${views(wrapped)}\n${views(wrapped.cause)}\n${views((wrapped.cause as Error).cause)}`;
    for (const form of forms) expect(shown).not.toContain(form);
    expect(shown).toContain(REDACTED);
  });

  it("scrubs errors nested in fields (Slack's `original`) and AggregateError's errors", () => {
    const original = new Error(`connect failed for ${b64(`user:${secret}`)}`);
    const error = Object.assign(new Error("request failed"), { original });
    const aggregate = new AggregateError([new Error(secret)], "several");
    redactError({ error, aggregate }, [secret]);
    expect(original.message).not.toContain(b64(`user:${secret}`).slice(8, 20));
    expect(views({ error, aggregate, stack: original.stack })).not.toContain(secret);
  });

  it("replaces frozen objects that hold the secret by scrubbed copies, and follows cycles once", () => {
    const frozen = Object.freeze({ token: secret, nested: Object.freeze([b64(secret)]) });
    const holder: Record<string, unknown> = { frozen };
    holder.self = holder;
    const error = Object.assign(new Error("failed"), { holder });
    redactError(error, [secret]);
    expect(views(error)).not.toContain(secret);
    expect(views(error)).not.toContain(b64(secret));
    expect(holder.self).toBe(holder);
  });

  it("scrubs Maps, Sets and keys", () => {
    const map = new Map([["a", secret]]);
    const set = new Set([`x ${secret}`]);
    const output = redactError({ map, set, [`key-${secret}`]: 1 }, [secret]);
    expect(views(output) + inspect(map) + inspect(set)).not.toContain(secret);
  });

  it("scrubs outputs at any depth and in any form", () => {
    const output = deep({ forms: [...forms] }, 20);
    expect(views(redactOutput(output, [secret]))).not.toContain(secret);
    for (const form of forms) expect(JSON.stringify(output)).not.toContain(form);
  });
});
