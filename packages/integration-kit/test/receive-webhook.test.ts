import { describe, expect, it } from "vitest";
import {
  parseJsonObject,
  receiveWebhook,
  signWebhook,
  stripeSignatureScheme,
  WEBHOOK_REJECTION_STATUS,
  type WebhookReceiver,
} from "../src/index.js";

const SECRET = "whsec_receiver_test";
const origin = { service: { name: "Stripe" }, integrationId: "stripe-main" };
/** A receiver as a service declares one: Stripe's scheme, a handshake, an event, a malformed body. */
const receiver: WebhookReceiver<{ id: string; type: string }> = {
  scheme: stripeSignatureScheme,
  fixes: { "no-secret-configured": "Set STRIPE_WEBHOOK_SECRET." },
  read(delivery) {
    const body = parseJsonObject(delivery.rawBody);
    if (!body || typeof body.id !== "string" || typeof body.type !== "string") {
      return { refuse: "malformed-payload", problem: "the body is not a Stripe event." };
    }
    if (body.type === "hello") return { reply: { hello: "back" } };
    return { event: { id: body.id, type: body.type } };
  },
};

async function post(body: string, options: { secret?: string; sign?: boolean; method?: string } = {}) {
  const headers = options.sign === false ? {} : await signWebhook(stripeSignatureScheme, { secret: SECRET, body });
  const request = new Request("https://hooks.example.test/stripe", {
    method: options.method ?? "POST",
    headers,
    ...(options.method === "GET" ? {} : { body }),
  });
  return receiveWebhook(receiver, request, { secret: "secret" in options ? options.secret : SECRET, origin });
}

describe("receiveWebhook", () => {
  it("turns a signed request into an event answered 200 { ok: true }", async () => {
    const receipt = await post(JSON.stringify({ id: "evt_1", type: "invoice.paid" }));
    expect(receipt).toMatchObject({ ok: true, kind: "event", event: { id: "evt_1", type: "invoice.paid" } });
    const response = receipt.response();
    expect([response.status, await response.json()]).toEqual([200, { ok: true }]);
  });

  it("answers a handshake with the service's reply and no event", async () => {
    const receipt = await post(JSON.stringify({ id: "evt_2", type: "hello" }));
    expect(receipt).toMatchObject({ ok: true, kind: "reply", reply: { hello: "back" } });
    expect(await receipt.response().json()).toEqual({ hello: "back" });
  });

  it("answers every refusal with its status from the one table and the one body shape, never the secret", async () => {
    const good = JSON.stringify({ id: "evt_3", type: "invoice.paid" });
    const cases = [
      [await post(good, { method: "PUT" }), "method-not-allowed"],
      [await post(good, { secret: undefined }), "no-secret-configured"],
      [await post(good, { sign: false }), "missing-signature"],
      [await post(good, { secret: "whsec_other" }), "signature-mismatch"],
      [await post("[1]"), "malformed-payload"],
    ] as const;
    for (const [receipt, reason] of cases) {
      expect(receipt).toMatchObject({ ok: false, kind: "rejected", error: { reason, code: "WEBHOOK_REJECTED" } });
      if (receipt.ok) continue;
      const response = receipt.response();
      expect(response.status, reason).toBe(WEBHOOK_REJECTION_STATUS[reason]);
      const text = await response.text();
      expect(JSON.parse(text)).toEqual({ ok: false, error: reason, message: receipt.error.message });
      expect(receipt.error.message).toMatch(/^Stripe integration \(stripe-main\): Stripe webhook rejected \(/);
      expect(text).not.toContain(SECRET);
    }
    expect(cases[0][0].answer.headers).toMatchObject({ allow: "POST" });
    expect(cases[1][0].ok || cases[1][0].error.message).toContain("Set STRIPE_WEBHOOK_SECRET.");
  });

  it("refuses a stored request whose receipt time is unknown, and judges age at the time given", async () => {
    const body = JSON.stringify({ id: "evt_4", type: "invoice.paid" });
    const signedAt = Date.now() - 3_600_000;
    const headers = await signWebhook(stripeSignatureScheme, { secret: SECRET, body, timestamp: signedAt });
    const stored = { method: "POST", headers, rawBody: body };
    const at = (receivedAt: number | undefined) =>
      receiveWebhook(receiver, stored, { secret: SECRET, origin, receivedAt });
    expect(await at(undefined)).toMatchObject({ ok: false, error: { reason: "missing-received-time", status: 401 } });
    expect(await at(signedAt + 1000)).toMatchObject({ ok: true, kind: "event" });
    expect(await at(signedAt + 301_000)).toMatchObject({ ok: false, error: { reason: "stale-timestamp" } });
    expect(await receiveWebhook(receiver, stored, { secret: SECRET, origin })).toMatchObject({
      error: { reason: "stale-timestamp" },
    });
  });
});
