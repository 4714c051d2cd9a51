import { createHmac, randomBytes } from "node:crypto";
import OpenAI from "openai";
import { describe, expect, it } from "vitest";
import { receiveOpenaiWebhook } from "../src/index.js";

const secret = `whsec_${randomBytes(24).toString("base64")}`;
const event = {
  id: "evt_685343a1381c819085d44c354e1b330e",
  object: "event",
  type: "response.completed",
  created_at: Math.floor(Date.now() / 1000),
  data: { id: "resp_abc123" },
};

/** Signs as OpenAI does (Standard Webhooks): HMAC-SHA256 of `id.timestamp.body`, keyed by the base64 part of the secret. */
function signed(body: string, key = secret, timestamp = Math.floor(Date.now() / 1000)) {
  const id = "msg_2b1b3d4e5f";
  const signature = createHmac("sha256", Buffer.from(key.replace(/^whsec_/, ""), "base64"))
    .update(`${id}.${timestamp}.${body}`)
    .digest("base64");
  return { "webhook-id": id, "webhook-timestamp": String(timestamp), "webhook-signature": `v1,${signature}` };
}

const request = (body: string, headers: Record<string, string>) =>
  new Request("https://example.com/openai/webhooks", { method: "POST", headers, body });

/** The openai SDK's own verifier, for the cross-check. */
const sdkAccepts = (body: string, headers: Record<string, string>) =>
  new OpenAI({ apiKey: "sk-unused", webhookSecret: secret }).webhooks.verifySignature(body, headers).then(
    () => true,
    () => false,
  );

describe("receiveOpenaiWebhook (Standard Webhooks, cross-checked with the openai SDK's verifier)", () => {
  it("accepts what OpenAI signs, as the SDK does, and hands over the typed event", async () => {
    const body = JSON.stringify(event);
    const headers = signed(body);
    expect(await sdkAccepts(body, headers)).toBe(true);
    const receipt = await receiveOpenaiWebhook(request(body, headers), { secret });
    expect(receipt.ok && receipt.kind === "event" && receipt.event.type).toBe("response.completed");
    expect(receipt.answer.status).toBe(200);
  });

  it.each([
    ["a tampered body", (body: string) => [body.replace("resp_abc123", "resp_evil"), signed(body)] as const],
    ["another secret", (body: string) => [body, signed(body, `whsec_${randomBytes(24).toString("base64")}`)] as const],
    [
      "a stale timestamp",
      (body: string) => [body, signed(body, secret, Math.floor(Date.now() / 1000) - 3_600)] as const,
    ],
    [
      "no signature",
      (body: string) =>
        [body, { "webhook-id": "msg_1", "webhook-timestamp": String(Math.floor(Date.now() / 1000)) }] as const,
    ],
  ])("refuses %s, as the SDK does, never echoing the secret", async (_case, make) => {
    const [body, headers] = make(JSON.stringify(event));
    expect(await sdkAccepts(body, headers as Record<string, string>)).toBe(false);
    const receipt = await receiveOpenaiWebhook(request(body, headers as Record<string, string>), { secret });
    expect(receipt.ok).toBe(false);
    expect(receipt.answer.status).toBe(401);
    expect(JSON.stringify(receipt.answer)).not.toContain(secret.slice(6));
  });

  it("refuses every request when no secret is configured, with a hint naming OPENAI_WEBHOOK_SECRET", async () => {
    const body = JSON.stringify(event);
    const receipt = await receiveOpenaiWebhook(request(body, signed(body)), { secret: undefined });
    expect(receipt.ok).toBe(false);
    expect(receipt.answer.status).toBe(500);
    expect(receipt.ok ? "" : receipt.error.message).toMatch(/OPENAI_WEBHOOK_SECRET/);
  });

  it("refuses a signed body that is not an OpenAI event", async () => {
    const body = JSON.stringify({ hello: "world" });
    const receipt = await receiveOpenaiWebhook(request(body, signed(body)), { secret });
    expect(receipt.ok).toBe(false);
    expect(receipt.ok ? "" : receipt.error.reason).toBe("malformed-payload");
  });
});
