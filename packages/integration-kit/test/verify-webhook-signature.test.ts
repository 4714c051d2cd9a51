import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import {
  githubSignatureScheme,
  linearSignatureScheme,
  type SignatureScheme,
  signWebhook,
  slackSignatureScheme,
  standardWebhooksSignatureScheme,
  stripeSignatureScheme,
  svixSignatureScheme,
  verifyWebhookSignature,
} from "../src/index.js";

const NOW = 1_700_000_000_000;
const STANDARD_SECRET = `whsec_${Buffer.from("standard-webhooks-test-key-0123").toString("base64")}`;
/** Every stock scheme, with a secret of the shape the service issues. */
const SCHEMES: ReadonlyArray<[string, SignatureScheme, string]> = [
  ["GitHub", githubSignatureScheme, "It's a Secret to Everybody"],
  ["Slack", slackSignatureScheme, "8f742231b10e8888abcd99yyyzzz85a5"],
  ["Stripe", stripeSignatureScheme, "whsec_stripe_test_secret"],
  ["Standard Webhooks", standardWebhooksSignatureScheme, STANDARD_SECRET],
  ["Svix", svixSignatureScheme, STANDARD_SECRET],
  ["Linear", linearSignatureScheme, "lin_wh_test_secret"],
];
/** A JSON body with Linear's in-body timestamp, which the other schemes ignore. */
const bodyAt = (ms: number, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ action: "create", type: "Issue", ...extra, webhookTimestamp: ms });

const counts = { cases: 0, falseAccepts: 0 };
afterAll(() => {
  console.log(`webhook verifier fuzzing: ${counts.cases} cases, ${counts.falseAccepts} false accepts`);
  expect(counts.falseAccepts).toBe(0);
});

describe("verifyWebhookSignature, the services' published examples", () => {
  it("accepts GitHub's documented example delivery", async () => {
    const result = await verifyWebhookSignature(githubSignatureScheme, {
      secret: "It's a Secret to Everybody",
      rawBody: "Hello, World!",
      headers: { "X-Hub-Signature-256": "sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17" },
    });
    expect(result).toEqual({ ok: true });
  });

  it("accepts Slack's documented example request inside its replay window only", async () => {
    const rawBody =
      "token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c";
    const headers = {
      "x-slack-request-timestamp": "1531420618",
      "x-slack-signature": "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503",
    };
    const secret = "8f742231b10e8888abcd99yyyzzz85a5";
    const at = (now: number) => verifyWebhookSignature(slackSignatureScheme, { secret, rawBody, headers, now });
    expect(await at(1531420618_000 + 60_000)).toEqual({ ok: true, timestamp: 1531420618_000 });
    expect(await at(1531420618_000 + 301_000)).toMatchObject({ ok: false, reason: "stale-timestamp" });
  });
});

describe.each(SCHEMES)("verifyWebhookSignature, %s", (_, scheme, secret) => {
  const body = bodyAt(NOW);
  const sign = (overrides: { secret?: string | string[]; body?: string; timestamp?: number; id?: string } = {}) =>
    signWebhook(scheme, { secret, body, timestamp: NOW, id: "msg_2KWPBgLlAfxdpx2AI54pPJ85f4W", ...overrides });

  it("accepts what it signed, reporting the signed time and id where the scheme has them", async () => {
    const headers = await sign();
    const result = await verifyWebhookSignature(scheme, { secret, rawBody: body, headers, now: NOW + 1000 });
    expect(result).toEqual({
      ok: true,
      ...(scheme.timestamp ? { timestamp: NOW } : {}),
      ...(scheme.idHeader ? { id: "msg_2KWPBgLlAfxdpx2AI54pPJ85f4W" } : {}),
    });
    // Headers as a Fetch Headers object, and as bytes instead of text.
    const bytes = new TextEncoder().encode(body);
    expect(
      (await verifyWebhookSignature(scheme, { secret, rawBody: bytes, headers: new Headers(headers), now: NOW })).ok,
    ).toBe(true);
  });

  it("rejects a changed body, another secret, a missing secret and a missing signature, never echoing the secret", async () => {
    const headers = await sign();
    const other = scheme.key
      ? `whsec_${Buffer.from("another-key-of-the-same-size-01").toString("base64")}`
      : `${secret}x`;
    const cases: Array<[string, string | undefined, Record<string, string>, string]> = [
      [bodyAt(NOW, { action: "remove" }), secret, headers, "signature-mismatch"],
      [body, other, headers, "signature-mismatch"],
      [body, undefined, headers, "no-secret-configured"],
      [body, "", headers, "no-secret-configured"],
      [body, secret, { ...headers, [scheme.signature.header]: "" }, "missing-signature"],
      [body, secret, { ...headers, [scheme.signature.header]: "garbage!" }, "malformed-signature"],
    ];
    for (const [rawBody, configured, candidate, reason] of cases) {
      const result = await verifyWebhookSignature(scheme, {
        secret: configured,
        rawBody,
        headers: candidate,
        now: NOW,
      });
      expect(result, reason).toMatchObject({ ok: false, reason });
      expect(JSON.stringify(result)).not.toContain(secret);
      expect((result as { message: string }).message).toMatch(new RegExp(`^${scheme.service} webhook rejected`));
    }
  });

  it.runIf(scheme.timestamp)("refuses a replay outside the window, and a delivery without a timestamp", async () => {
    const tolerance = (scheme.timestamp?.toleranceSeconds ?? 0) * 1000;
    const headers = await sign();
    for (const now of [NOW + tolerance + 1000, NOW - tolerance - 1000]) {
      expect(await verifyWebhookSignature(scheme, { secret, rawBody: body, headers, now })).toMatchObject({
        ok: false,
        reason: "stale-timestamp",
        message: expect.stringMatching(/signed at 2023-11-14T22:13:20.000Z but received at .*; replays are refused/),
      });
    }
    expect((await verifyWebhookSignature(scheme, { secret, rawBody: body, headers, now: NOW + tolerance })).ok).toBe(
      true,
    );
    const location = scheme.timestamp;
    const untimed =
      location && "bodyField" in location
        ? {
            rawBody: JSON.stringify({ action: "create" }),
            headers: await sign({ body: JSON.stringify({ action: "create" }) }),
          }
        : location && "header" in location
          ? { rawBody: body, headers: { ...headers, [location.header]: "" } }
          : {
              rawBody: body,
              headers: {
                ...headers,
                [scheme.signature.header]: headers[scheme.signature.header]?.replace(/^t=\d+,/, "") ?? "",
              },
            };
    expect(await verifyWebhookSignature(scheme, { secret, now: NOW, ...untimed })).toMatchObject({
      reason: "missing-timestamp",
    });
  });

  it.runIf(scheme.signature.separator)("tries every listed signature, as during a secret rotation", async () => {
    const rotated = `${secret.slice(0, -4)}ABCD`;
    const headers = await sign({ secret: [rotated, secret] });
    expect((await verifyWebhookSignature(scheme, { secret, rawBody: body, headers, now: NOW })).ok).toBe(true);
    expect((await verifyWebhookSignature(scheme, { secret: rotated, rawBody: body, headers, now: NOW })).ok).toBe(true);
    const onlyOld = await sign({ secret: rotated });
    expect(await verifyWebhookSignature(scheme, { secret, rawBody: body, headers: onlyOld, now: NOW })).toMatchObject({
      reason: "signature-mismatch",
    });
  });

  it.runIf(scheme.idHeader)("signs the id: another id, or none, is refused", async () => {
    const headers = await sign();
    const idHeader = scheme.idHeader as string;
    const swapped = { ...headers, [idHeader]: "msg_other" };
    expect(await verifyWebhookSignature(scheme, { secret, rawBody: body, headers: swapped, now: NOW })).toMatchObject({
      reason: "signature-mismatch",
    });
    const { [idHeader]: _, ...withoutId } = headers;
    expect(await verifyWebhookSignature(scheme, { secret, rawBody: body, headers: withoutId, now: NOW })).toMatchObject(
      {
        reason: "missing-id",
      },
    );
  });
});

describe("verifyWebhookSignature, keys", () => {
  it("refuses everything with a Standard Webhooks secret that is not base64, saying so", async () => {
    const headers = await signWebhook(standardWebhooksSignatureScheme, {
      secret: STANDARD_SECRET,
      body: "{}",
      timestamp: NOW,
    });
    const result = await verifyWebhookSignature(standardWebhooksSignatureScheme, {
      secret: "whsec_not*base64",
      rawBody: "{}",
      headers,
      now: NOW,
    });
    expect(result).toMatchObject({
      ok: false,
      reason: "no-secret-configured",
      message: expect.stringContaining("whsec_<base64>"),
    });
  });

  it("keys Stripe with the whole whsec_ text, Standard Webhooks with the bytes after it", async () => {
    const secret = STANDARD_SECRET;
    const stripe = await signWebhook(stripeSignatureScheme, { secret, body: "{}", timestamp: NOW });
    const standard = await signWebhook(standardWebhooksSignatureScheme, {
      secret,
      body: "{}",
      timestamp: NOW,
      id: "m",
    });
    const asStripe = {
      ...standard,
      "stripe-signature": `t=${NOW / 1000},v1=${Buffer.from(standard["webhook-signature"]?.slice(3) ?? "", "base64").toString("hex")}`,
    };
    expect(
      (await verifyWebhookSignature(stripeSignatureScheme, { secret, rawBody: "{}", headers: stripe, now: NOW })).ok,
    ).toBe(true);
    expect(
      (await verifyWebhookSignature(stripeSignatureScheme, { secret, rawBody: "{}", headers: asStripe, now: NOW })).ok,
    ).toBe(false);
  });
});

describe("verifyWebhookSignature, properties (fast-check)", () => {
  const secrets = fc.string({ minLength: 1, maxLength: 64 });
  const schemes = fc.constantFrom(...SCHEMES.filter(([, scheme]) => !scheme.key).map(([, scheme]) => scheme));
  const anyScheme = fc.constantFrom(...SCHEMES);
  const bodies = fc.oneof(fc.string({ maxLength: 512 }), fc.json({ maxDepth: 3 }), fc.constant(bodyAt(NOW)));

  it("accepts every correctly signed delivery", async () => {
    await fc.assert(
      fc.asyncProperty(secrets, fc.json({ maxDepth: 3 }), schemes, async (secret, json, scheme) => {
        counts.cases++;
        const rawBody = bodyAt(NOW, { json });
        const headers = await signWebhook(scheme, { secret, body: rawBody, timestamp: NOW });
        expect((await verifyWebhookSignature(scheme, { secret, rawBody, headers, now: NOW })).ok).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it("never throws and never accepts arbitrary signature, timestamp and id headers", async () => {
    await fc.assert(
      fc.asyncProperty(
        anyScheme,
        bodies,
        fc.oneof(fc.string(), fc.stringMatching(/^(sha256=|v0=|v1=|v1,|t=\d+,v1=)?[0-9a-zA-Z+/=]{0,90}$/)),
        fc.oneof(fc.constant(String(NOW / 1000)), fc.string(), fc.nat().map(String)),
        async ([, scheme, secret], rawBody, signature, timestamp) => {
          counts.cases++;
          const headers = {
            [scheme.signature.header]: signature,
            "x-slack-request-timestamp": timestamp,
            "webhook-timestamp": timestamp,
            "svix-timestamp": timestamp,
            "webhook-id": "msg_1",
            "svix-id": "msg_1",
          };
          const result = await verifyWebhookSignature(scheme, { secret, rawBody, headers, now: NOW });
          if (result.ok) counts.falseAccepts++;
          expect(result.ok).toBe(false);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it("never accepts a tampered body or a wrong secret", async () => {
    await fc.assert(
      fc.asyncProperty(secrets, secrets, bodies, bodies, schemes, async (s1, s2, b1, b2, scheme) => {
        fc.pre(s1 !== s2 && b1 !== b2);
        counts.cases++;
        const headers = await signWebhook(scheme, { secret: s1, body: bodyAt(NOW, { b: b1 }), timestamp: NOW });
        for (const [secret, rawBody] of [
          [s1, bodyAt(NOW, { b: b2 })],
          [s2, bodyAt(NOW, { b: b1 })],
        ] as const) {
          const result = await verifyWebhookSignature(scheme, { secret, rawBody, headers, now: NOW });
          if (result.ok) counts.falseAccepts++;
          expect(result.ok).toBe(false);
        }
      }),
      { numRuns: 500 },
    );
  });
});
