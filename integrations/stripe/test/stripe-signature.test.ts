import fc from "fast-check";
import StripeSdk from "stripe";
import { describe, expect, it } from "vitest";
import { receiveStripeWebhook, signStripePayload, verifyStripeSignature } from "../src/index.js";

const secret = "whsec_test_5WbX5kEWLlfzsGNjH64I8lOOqUB6e8FH";
const body = JSON.stringify({
  id: "evt_1",
  object: "event",
  type: "invoice.paid",
  data: { object: { id: "in_1", object: "invoice" } },
  created: 1,
});
const sdk = new StripeSdk("sk_test_unused", { maxNetworkRetries: 0 });
const now = () => Math.floor(Date.now() / 1000);

describe("Stripe-Signature, cross-checked with the stripe SDK in both directions", () => {
  it("accepts what the SDK signs (generateTestHeaderString)", async () => {
    const signature = sdk.webhooks.generateTestHeaderString({ payload: body, secret });
    expect(await verifyStripeSignature({ rawBody: body, signature, secret })).toEqual({ ok: true });
  });

  it("signs what the SDK accepts (constructEvent)", async () => {
    const signature = await signStripePayload(body, secret);
    expect(sdk.webhooks.constructEvent(body, signature, secret).id).toBe("evt_1");
  });

  it("accepts any one of several v1 signatures, as while a secret is rolled", async () => {
    const t = now();
    const old = (await signStripePayload(body, "whsec_old_secret", t)).split("v1=")[1];
    const current = (await signStripePayload(body, secret, t)).split("v1=")[1];
    const signature = `t=${t},v1=${old},v1=${current},v0=${"0".repeat(64)}`;
    expect(await verifyStripeSignature({ rawBody: body, signature, secret })).toEqual({ ok: true });
    expect(sdk.webhooks.constructEvent(body, signature, secret).id).toBe("evt_1");
  });

  // The SDK accepts a timestamp from the future (it checks age only); the kit refuses both directions.
  const sdkAccepts = new Set(["one signed 301 s ahead"]);
  it.each([
    [
      "a tampered body",
      async () => ({ rawBody: `${body} `, signature: await signStripePayload(body, secret) }),
      "signature-mismatch",
    ],
    [
      "another secret",
      async () => ({ rawBody: body, signature: await signStripePayload(body, "whsec_other") }),
      "signature-mismatch",
    ],
    [
      "a delivery signed 301 s ago",
      async () => ({ rawBody: body, signature: await signStripePayload(body, secret, now() - 301) }),
      "stale-timestamp",
    ],
    [
      "one signed 301 s ahead",
      async () => ({ rawBody: body, signature: await signStripePayload(body, secret, now() + 301) }),
      "stale-timestamp",
    ],
    ["no header", async () => ({ rawBody: body, signature: undefined }), "missing-signature"],
    ["no v1 in it", async () => ({ rawBody: body, signature: `t=${now()},v0=abc` }), "malformed-signature"],
    ["no t in it", async () => ({ rawBody: body, signature: `v1=${"a".repeat(64)}` }), "missing-timestamp"],
  ])("refuses %s", async (name, delivery, reason) => {
    const { rawBody, signature } = await delivery();
    const verification = await verifyStripeSignature({ rawBody, signature, secret });
    expect(verification).toMatchObject({ ok: false, reason });
    if (!sdkAccepts.has(name)) expect(() => sdk.webhooks.constructEvent(rawBody, signature ?? "", secret)).toThrow();
    expect(JSON.stringify(verification)).not.toContain(secret);
  });

  it("refuses everything when no secret is configured", async () => {
    const signature = await signStripePayload(body, secret);
    expect(await verifyStripeSignature({ rawBody: body, signature, secret: undefined })).toMatchObject({
      ok: false,
      reason: "no-secret-configured",
    });
  });

  it("never accepts a forged header, whatever it holds (fast-check)", async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 300 }), fc.string({ maxLength: 200 }), async (signature, rawBody) => {
        const verification = await verifyStripeSignature({ rawBody, signature, secret });
        expect(verification.ok).toBe(false);
      }),
      { numRuns: 300 },
    );
  });
});

describe("receiveStripeWebhook: a framework-neutral receiver (v4 tasks, any web framework)", () => {
  const request = (headers: Record<string, string>, text = body) =>
    new Request("https://example.com/stripe", { method: "POST", headers, body: text });

  it("gives the verified event", async () => {
    const receipt = await receiveStripeWebhook(request({ "stripe-signature": await signStripePayload(body, secret) }), {
      secret,
    });
    expect(receipt).toMatchObject({ ok: true, event: { id: "evt_1", type: "invoice.paid" } });
  });

  it("refuses a forged delivery with 401, a missing secret with 500, a signed non-event with 400", async () => {
    expect(await receiveStripeWebhook(request({ "stripe-signature": "t=1,v1=00" }), { secret })).toMatchObject({
      ok: false,
      status: 401,
    });
    expect(await receiveStripeWebhook(request({}), { secret: undefined })).toMatchObject({ ok: false, status: 500 });
    const notEvent = "[1,2,3]";
    expect(
      await receiveStripeWebhook(request({ "stripe-signature": await signStripePayload(notEvent, secret) }, notEvent), {
        secret,
      }),
    ).toMatchObject({ ok: false, status: 400, reason: "malformed-body" });
  });
});
