import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { type HmacSignatureScheme, signWebhook, verifyWebhookSignature } from "../src/index.js";

/** Shaped like GitHub's X-Hub-Signature-256 and Slack's v0 signatures. */
const hubStyle: HmacSignatureScheme = {
  service: "GitHub",
  algorithm: "SHA-256",
  signatureHeader: "x-hub-signature-256",
  prefix: "sha256=",
  encoding: "hex",
};
const slackStyle: HmacSignatureScheme = {
  service: "Slack",
  algorithm: "SHA-256",
  signatureHeader: "x-slack-signature",
  prefix: "v0=",
  encoding: "hex",
  timestamp: { header: "x-slack-request-timestamp", toleranceSeconds: 300, signedText: (t, body) => `v0:${t}:${body}` },
};

const counts = { cases: 0, falseAccepts: 0 };
afterAll(() => {
  console.log(`webhook verifier fuzzing: ${counts.cases} cases, ${counts.falseAccepts} false accepts`);
  expect(counts.falseAccepts).toBe(0);
});

describe("verifyWebhookSignature, published examples", () => {
  it("accepts GitHub's documented example delivery", async () => {
    const result = await verifyWebhookSignature(hubStyle, {
      secret: "It's a Secret to Everybody",
      rawBody: "Hello, World!",
      headers: { "X-Hub-Signature-256": "sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17" },
    });
    expect(result).toEqual({ ok: true });
  });

  it("accepts Slack's documented example request inside its replay window", async () => {
    const rawBody =
      "token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c";
    const headers = {
      "x-slack-request-timestamp": "1531420618",
      "x-slack-signature": "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503",
    };
    const secret = "8f742231b10e8888abcd99yyyzzz85a5";
    expect(
      await verifyWebhookSignature(slackStyle, { secret, rawBody, headers, now: 1531420618_000 + 60_000 }),
    ).toEqual({ ok: true });
    expect(
      await verifyWebhookSignature(slackStyle, { secret, rawBody, headers, now: 1531420618_000 + 301_000 }),
    ).toMatchObject({
      ok: false,
      reason: "stale-timestamp",
    });
  });
});

describe("verifyWebhookSignature, every way to fail", () => {
  const body = '{"action":"opened"}';
  const secret = "webhook-secret-1";
  const cases: Array<[string, Record<string, string>, string | undefined, string]> = [
    ["no secret configured", { "x-hub-signature-256": "sha256=00" }, undefined, "no-secret-configured"],
    ["no signature", {}, secret, "missing-signature"],
    ["a signature without the prefix", { "x-hub-signature-256": "abcd" }, secret, "malformed-signature"],
    ["a signature that is not hex", { "x-hub-signature-256": "sha256=zz" }, secret, "malformed-signature"],
    ["a wrong signature", { "x-hub-signature-256": `sha256=${"0".repeat(64)}` }, secret, "signature-mismatch"],
  ];
  it.each(cases)("rejects %s, without echoing the secret", async (_, headers, configured, reason) => {
    const result = await verifyWebhookSignature(hubStyle, { secret: configured, rawBody: body, headers });
    expect(result).toMatchObject({ ok: false, reason });
    expect(JSON.stringify(result)).not.toContain(secret);
    expect((result as { message: string }).message).toMatch(/^GitHub webhook rejected/);
  });

  it("rejects a body changed after signing, and a delivery signed with another secret", async () => {
    const signature = await signWebhook(hubStyle, secret, body);
    const headers = { "x-hub-signature-256": signature };
    expect((await verifyWebhookSignature(hubStyle, { secret, rawBody: `${body} `, headers })).ok).toBe(false);
    expect((await verifyWebhookSignature(hubStyle, { secret: "other-secret", rawBody: body, headers })).ok).toBe(false);
    expect((await verifyWebhookSignature(hubStyle, { secret, rawBody: body, headers: new Headers(headers) })).ok).toBe(
      true,
    );
  });

  it("rejects a Slack-style delivery without a timestamp or from the future", async () => {
    const now = 1_700_000_000_000;
    const signature = await signWebhook(slackStyle, secret, body, "1700000000");
    const at = (timestamp?: string) =>
      verifyWebhookSignature(slackStyle, {
        secret,
        rawBody: body,
        now,
        headers: { "x-slack-signature": signature, ...(timestamp ? { "x-slack-request-timestamp": timestamp } : {}) },
      });
    expect(await at()).toMatchObject({ reason: "missing-timestamp" });
    expect(await at("1700000400")).toMatchObject({ reason: "stale-timestamp" });
    expect(await at("1700000000")).toEqual({ ok: true });
  });
});

describe("verifyWebhookSignature, properties", () => {
  const secrets = fc.string({ minLength: 1, maxLength: 64 });
  const bodies = fc.oneof(fc.string({ maxLength: 512 }), fc.json({ maxDepth: 3 }));
  const now = 1_700_000_000_000;
  const stamp = "1700000000";

  it("accepts every correctly signed delivery", async () => {
    await fc.assert(
      fc.asyncProperty(secrets, bodies, fc.constantFrom(hubStyle, slackStyle), async (secret, rawBody, scheme) => {
        counts.cases++;
        const signature = await signWebhook(scheme, secret, rawBody, stamp);
        const headers = { [scheme.signatureHeader]: signature, "x-slack-request-timestamp": stamp };
        expect(await verifyWebhookSignature(scheme, { secret, rawBody, headers, now })).toEqual({ ok: true });
      }),
      { numRuns: 300 },
    );
  });

  it("never throws and never accepts an arbitrary signature, timestamp or secret", async () => {
    await fc.assert(
      fc.asyncProperty(
        secrets,
        bodies,
        fc.oneof(fc.string(), fc.stringMatching(/^(sha256|v0)=[0-9a-f]{0,70}$/)),
        fc.oneof(fc.constant(stamp), fc.string(), fc.nat().map(String)),
        fc.constantFrom(hubStyle, slackStyle),
        async (secret, rawBody, signature, timestamp, scheme) => {
          counts.cases++;
          const headers = { [scheme.signatureHeader]: signature, "x-slack-request-timestamp": timestamp };
          const result = await verifyWebhookSignature(scheme, { secret, rawBody, headers, now });
          if (result.ok) counts.falseAccepts++;
          expect(result.ok).toBe(false);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it("never accepts a tampered body or a wrong secret", async () => {
    await fc.assert(
      fc.asyncProperty(
        secrets,
        secrets,
        bodies,
        bodies,
        fc.constantFrom(hubStyle, slackStyle),
        async (s1, s2, b1, b2, scheme) => {
          fc.pre(s1 !== s2 && b1 !== b2);
          counts.cases++;
          const headers = {
            [scheme.signatureHeader]: await signWebhook(scheme, s1, b1, stamp),
            "x-slack-request-timestamp": stamp,
          };
          for (const [secret, rawBody] of [
            [s1, b2],
            [s2, b1],
          ] as const) {
            const result = await verifyWebhookSignature(scheme, { secret, rawBody, headers, now });
            if (result.ok) counts.falseAccepts++;
            expect(result.ok).toBe(false);
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});
