import { sign as octokitSign, verify as octokitVerify } from "@octokit/webhooks-methods";
import OpenAI from "openai";
import { Webhook as StandardWebhook } from "standardwebhooks";
import Stripe from "stripe";
import { Webhook as SvixWebhook } from "svix";
import { describe, expect, it } from "vitest";
import {
  githubSignatureScheme,
  signWebhook,
  standardWebhooksSignatureScheme,
  stripeSignatureScheme,
  svixSignatureScheme,
  verifyWebhookSignature,
} from "../src/index.js";

// The vendors' own libraries, pinned as devDependencies, sign and verify against ours both ways.
const stripe = new Stripe("sk_test_cross_verification");
const STRIPE_SECRET = "whsec_cross_verification_secret_0123456789";
const STANDARD_SECRET = `whsec_${Buffer.from("cross-verification-key-32-bytes!").toString("base64")}`;
const payload = JSON.stringify({ id: "evt_1NG8Du2eZvKYlo2CUI79vXWy", object: "event", type: "invoice.paid" });
const nowSeconds = () => Math.floor(Date.now() / 1000);

describe("Stripe: stripe-node 23.1.0", () => {
  it("we accept what stripe.webhooks.generateTestHeaderString signs, and refuse it tampered or stale", async () => {
    const header = stripe.webhooks.generateTestHeaderString({ payload, secret: STRIPE_SECRET });
    const headers = { "stripe-signature": header };
    expect(
      await verifyWebhookSignature(stripeSignatureScheme, { secret: STRIPE_SECRET, rawBody: payload, headers }),
    ).toMatchObject({ ok: true });
    const tampered = payload.replace("invoice.paid", "invoice.void");
    expect(
      await verifyWebhookSignature(stripeSignatureScheme, { secret: STRIPE_SECRET, rawBody: tampered, headers }),
    ).toMatchObject({ reason: "signature-mismatch" });
    const old = stripe.webhooks.generateTestHeaderString({
      payload,
      secret: STRIPE_SECRET,
      timestamp: nowSeconds() - 301,
    });
    expect(
      await verifyWebhookSignature(stripeSignatureScheme, {
        secret: STRIPE_SECRET,
        rawBody: payload,
        headers: { "stripe-signature": old },
      }),
    ).toMatchObject({ reason: "stale-timestamp" });
  });

  it("we accept a header with several v1 signatures (a secret being rolled) when any matches", async () => {
    const timestamp = nowSeconds();
    const current = stripe.webhooks.generateTestHeaderString({ payload, secret: STRIPE_SECRET, timestamp });
    const previous = stripe.webhooks.generateTestHeaderString({ payload, secret: `${STRIPE_SECRET}_old`, timestamp });
    const header = `${previous},${current.split(",")[1]},v0=${"0".repeat(64)}`;
    expect(header.match(/v1=/g)).toHaveLength(2);
    for (const secret of [STRIPE_SECRET, `${STRIPE_SECRET}_old`]) {
      expect(
        (
          await verifyWebhookSignature(stripeSignatureScheme, {
            secret,
            rawBody: payload,
            headers: { "stripe-signature": header },
          })
        ).ok,
      ).toBe(true);
    }
  });

  it("stripe.webhooks.constructEvent accepts what we sign, and refuses it under another secret", async () => {
    const headers = await signWebhook(stripeSignatureScheme, { secret: STRIPE_SECRET, body: payload });
    const event = stripe.webhooks.constructEvent(payload, headers["stripe-signature"] as string, STRIPE_SECRET);
    expect(event).toMatchObject({ id: "evt_1NG8Du2eZvKYlo2CUI79vXWy", type: "invoice.paid" });
    expect(() =>
      stripe.webhooks.constructEvent(payload, headers["stripe-signature"] as string, `${STRIPE_SECRET}x`),
    ).toThrow(/No signatures found matching the expected signature/);
    const rolled = await signWebhook(stripeSignatureScheme, {
      secret: [`${STRIPE_SECRET}_old`, STRIPE_SECRET],
      body: payload,
    });
    expect(stripe.webhooks.constructEvent(payload, rolled["stripe-signature"] as string, STRIPE_SECRET).id).toBe(
      event.id,
    );
  });
});

describe("Standard Webhooks: standardwebhooks 1.1.1, svix 2.5.0, openai 7.59.0", () => {
  const msgId = "msg_p5jXN8AQM9LWM0D4loKWxJek";

  it("we accept what standardwebhooks and svix sign, and refuse another id or body", async () => {
    const at = new Date();
    const signature = new StandardWebhook(STANDARD_SECRET).sign(msgId, at, payload);
    const timestamp = String(Math.floor(at.getTime() / 1000));
    const headers = { "webhook-id": msgId, "webhook-timestamp": timestamp, "webhook-signature": signature };
    expect(
      await verifyWebhookSignature(standardWebhooksSignatureScheme, {
        secret: STANDARD_SECRET,
        rawBody: payload,
        headers,
      }),
    ).toMatchObject({
      ok: true,
      id: msgId,
    });
    const svixSignature = new SvixWebhook(STANDARD_SECRET).sign(msgId, at, payload);
    const svixHeaders = { "svix-id": msgId, "svix-timestamp": timestamp, "svix-signature": svixSignature };
    expect(
      (
        await verifyWebhookSignature(svixSignatureScheme, {
          secret: STANDARD_SECRET,
          rawBody: payload,
          headers: svixHeaders,
        })
      ).ok,
    ).toBe(true);
    for (const [rawBody, id] of [
      [payload, "msg_other"],
      [`${payload} `, msgId],
    ] as const) {
      const result = await verifyWebhookSignature(standardWebhooksSignatureScheme, {
        secret: STANDARD_SECRET,
        rawBody,
        headers: { ...headers, "webhook-id": id },
      });
      expect(result).toMatchObject({ reason: "signature-mismatch" });
    }
  });

  it("standardwebhooks, svix and OpenAI's webhooks.unwrap accept what we sign, and refuse a wrong secret", async () => {
    const headers = await signWebhook(standardWebhooksSignatureScheme, {
      secret: STANDARD_SECRET,
      body: payload,
      id: msgId,
    });
    expect(new StandardWebhook(STANDARD_SECRET).verify(payload, headers)).toEqual(JSON.parse(payload));
    const svixHeaders = await signWebhook(svixSignatureScheme, { secret: STANDARD_SECRET, body: payload, id: msgId });
    expect(() => new SvixWebhook(STANDARD_SECRET).verify(payload, svixHeaders)).not.toThrow();
    const openai = new OpenAI({ apiKey: "sk-test", webhookSecret: STANDARD_SECRET });
    expect(await openai.webhooks.unwrap(payload, headers)).toEqual(JSON.parse(payload));
    const other = `whsec_${Buffer.from("another-key-of-32-bytes-exactly!").toString("base64")}`;
    expect(() => new StandardWebhook(other).verify(payload, headers)).toThrow(/No matching signature found/);
    await expect(openai.webhooks.unwrap(payload, headers, other)).rejects.toThrow(/signature/i);
    // Two signatures (a rolled secret): each library finds the one it can check.
    const rolled = await signWebhook(standardWebhooksSignatureScheme, {
      secret: [other, STANDARD_SECRET],
      body: payload,
      id: msgId,
    });
    expect(rolled["webhook-signature"]?.split(" ")).toHaveLength(2);
    expect(new StandardWebhook(STANDARD_SECRET).verify(payload, rolled)).toEqual(JSON.parse(payload));
    expect(await openai.webhooks.unwrap(payload, rolled)).toEqual(JSON.parse(payload));
  });
});

describe("GitHub: @octokit/webhooks-methods 6.0.0", () => {
  it("each side accepts what the other signs, and refuses a wrong secret", async () => {
    const secret = "It's a Secret to Everybody";
    const theirs = await octokitSign(secret, payload);
    expect(
      (
        await verifyWebhookSignature(githubSignatureScheme, {
          secret,
          rawBody: payload,
          headers: { "x-hub-signature-256": theirs },
        })
      ).ok,
    ).toBe(true);
    const ours = (await signWebhook(githubSignatureScheme, { secret, body: payload }))["x-hub-signature-256"] as string;
    expect(ours).toBe(theirs);
    expect(await octokitVerify(secret, payload, ours)).toBe(true);
    expect(await octokitVerify(`${secret}!`, payload, ours)).toBe(false);
  });
});
