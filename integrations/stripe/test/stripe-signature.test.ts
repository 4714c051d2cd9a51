import fc from "fast-check";
import StripeSdk from "stripe";
import { describe, expect, it } from "vitest";
import { receiveStripeWebhook, signStripePayload } from "../src/index.js";

const secret = "whsec_test_5WbX5kEWLlfzsGNjH64I8lOOqUB6e8FH";
const event = { id: "evt_1", object: "event", type: "invoice.paid", created: 1, data: { object: { id: "in_1" } } };
const body = JSON.stringify(event);
const sdk = new StripeSdk("sk_test_unused", { maxNetworkRetries: 0 } as StripeSdk.StripeConfig);

/** A delivery as Stripe sends it, to a route that receives it with `receiveStripeWebhook`. */
const delivery = (signature: string | undefined, text = body, method = "POST") =>
  new Request("https://example.com/stripe", {
    method,
    headers: signature === undefined ? {} : { "stripe-signature": signature },
    ...(method === "GET" ? {} : { body: text }),
  });
const receive = (request: Request, ...key: [string | undefined] | []) =>
  receiveStripeWebhook(request, { secret: key.length > 0 ? key[0] : secret });

describe("Stripe-Signature through the kit's receiver, cross-checked with the stripe SDK both ways", () => {
  it("accepts what the SDK signs (generateTestHeaderString), typed as the SDK's event", async () => {
    const receipt = await receive(delivery(sdk.webhooks.generateTestHeaderString({ payload: body, secret })));
    expect(receipt).toMatchObject({ ok: true, kind: "event", event: { id: "evt_1", type: "invoice.paid" } });
  });

  it("signs what the SDK accepts (constructEvent)", async () => {
    expect(sdk.webhooks.constructEvent(body, await signStripePayload(body, secret), secret).id).toBe("evt_1");
  });

  it("accepts any one of several v1 signatures, as while a secret is rolled", async () => {
    const at = Date.now();
    const old = (await signStripePayload(body, "whsec_old_secret", at)).split("v1=")[1];
    const current = (await signStripePayload(body, secret, at)).split("v1=")[1];
    const signature = `t=${Math.floor(at / 1000)},v1=${old},v1=${current}`;
    expect((await receive(delivery(signature))).ok).toBe(true);
    expect(sdk.webhooks.constructEvent(body, signature, secret).id).toBe("evt_1");
  });

  // The SDK accepts a timestamp from the future (it checks age only); the kit refuses both directions.
  const sdkAccepts = new Set(["one signed 301 s ahead"]);
  it.each([
    ["a tampered body", async () => [await signStripePayload(body, secret), `${body} `], "signature-mismatch"],
    ["another secret", async () => [await signStripePayload(body, "whsec_other"), body], "signature-mismatch"],
    [
      "a delivery signed 301 s ago",
      async () => [await signStripePayload(body, secret, Date.now() - 301_000), body],
      "stale-timestamp",
    ],
    [
      "one signed 301 s ahead",
      async () => [await signStripePayload(body, secret, Date.now() + 301_000), body],
      "stale-timestamp",
    ],
    ["no header", async () => [undefined, body], "missing-signature"],
    ["no v1 in it", async () => [`t=${Math.floor(Date.now() / 1000)},v0=abc`, body], "malformed-signature"],
    ["no t in it", async () => [`v1=${"a".repeat(64)}`, body], "missing-timestamp"],
  ] as const)("refuses %s with 401", async (name, make, reason) => {
    const [signature, text] = await make();
    const receipt = await receive(delivery(signature, text));
    expect(receipt).toMatchObject({ ok: false, error: { reason }, answer: { status: 401 } });
    if (!sdkAccepts.has(name))
      expect(() => sdk.webhooks.constructEvent(text ?? "", String(signature), secret)).toThrow();
    expect(JSON.stringify(receipt.answer)).not.toContain(secret);
  });

  it("refuses everything when no secret is configured (500, so Stripe redelivers once it is set)", async () => {
    const receipt = await receive(delivery(await signStripePayload(body, secret)), undefined);
    expect(receipt).toMatchObject({ ok: false, error: { reason: "no-secret-configured" }, answer: { status: 500 } });
    expect(receipt.ok ? "" : receipt.error.message).toContain("STRIPE_WEBHOOK_SECRET");
  });

  it("refuses a signed body that is not a Stripe event (400), and a GET (405)", async () => {
    const notEvent = "[1,2,3]";
    expect(await receive(delivery(await signStripePayload(notEvent, secret), notEvent))).toMatchObject({
      ok: false,
      error: { reason: "malformed-payload" },
      answer: { status: 400 },
    });
    expect((await receive(delivery(undefined, "", "GET"))).answer.status).toBe(405);
  });

  it("never accepts a forged header, whatever it holds (fast-check)", async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 300 }), fc.string({ maxLength: 200 }), async (signature, text) => {
        const receipt = await receive(delivery(signature, text));
        expect(receipt.ok).toBe(false);
      }),
      { numRuns: 300 },
    );
  });
});
