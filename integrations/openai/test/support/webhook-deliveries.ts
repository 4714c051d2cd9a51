import { createHmac, randomBytes } from "node:crypto";
import { signWebhook } from "@acme/integration-kit";
import { loadOpenaiApiDescription } from "@acme/openai-standin";
import OpenAI from "openai";
import { type OpenaiWebhookEvent, openaiWebhookScheme } from "../../src/index.js";

/** A fresh signing secret in OpenAI's format: `whsec_` and 32 random bytes in base64. */
export const newWebhookSecret = () => `whsec_${randomBytes(32).toString("base64")}`;

/** One delivery as OpenAI sends it: the raw body and its Standard Webhooks headers. */
export interface Delivery {
  readonly body: string;
  readonly headers: Record<string, string>;
}

/** What {@link signed} signs; the time is in seconds, as `webhook-timestamp` carries it. */
export interface Signing {
  readonly secret: string | readonly string[];
  readonly timestampSeconds?: number;
  readonly id?: string;
}

/** `event` signed with the kit's signer, as OpenAI signs it. */
export async function signed(event: unknown, signing: Signing): Promise<Delivery> {
  const body = typeof event === "string" ? event : JSON.stringify(event);
  const timestamp = (signing.timestampSeconds ?? Math.floor(Date.now() / 1000)) * 1000;
  const headers = await signWebhook(openaiWebhookScheme, { ...signing, body, timestamp });
  return { body, headers };
}

/** The `v1,` signature of `id.timestamp.body`, computed apart from the kit (Node's HMAC), to check the signer. */
export function independentSignature(secret: string, delivery: Delivery): string {
  const key = Buffer.from(secret.replace(/^whsec_/, ""), "base64");
  const { "webhook-id": id, "webhook-timestamp": timestamp } = delivery.headers;
  return `v1,${createHmac("sha256", key).update(`${id}.${timestamp}.${delivery.body}`).digest("base64")}`;
}

/** The `openai` SDK's own `client.webhooks.unwrap()`: the event it accepts, or its refusal. */
export async function sdkUnwrap(
  delivery: Delivery,
  secret: string,
): Promise<{ ok: true; event: OpenaiWebhookEvent } | { ok: false; error: Error }> {
  const client = new OpenAI({ apiKey: "sk-unused", webhookSecret: secret });
  try {
    return { ok: true, event: await client.webhooks.unwrap(delivery.body, delivery.headers) };
  } catch (error) {
    return { ok: false, error: error as Error };
  }
}

/** `delivery` as a request to `url`. */
export const requestOf = (delivery: Delivery, url = "https://example.test/openai/webhooks", method = "POST") =>
  new Request(url, {
    method,
    headers: { "content-type": "application/json", ...delivery.headers },
    ...(method === "GET" || method === "HEAD" ? {} : { body: delivery.body }),
  });

/** What Trigger.dev stores for a request to an HTTP endpoint and hands to every execution of the run. */
export const storedRequestOf = (delivery: Delivery, method = "POST") => ({
  url: "https://example.test/openai/webhooks",
  method,
  headers: { "content-type": "application/json", ...delivery.headers },
  rawBody: delivery.body,
});

/**
 * The example event of every webhook OpenAI's OpenAPI description publishes (`webhooks`, each
 * schema's `x-oaiMeta.example`). Two of them (`live.call.incoming`, `realtime.call.incoming`) carry
 * a trailing comma, which OpenAI's JSON never has: it is dropped.
 */
export function publishedWebhookExamples(): { name: string; event: OpenaiWebhookEvent }[] {
  const { document } = loadOpenaiApiDescription();
  const schemas = (document.components as { schemas: Record<string, { "x-oaiMeta"?: { example?: string } }> }).schemas;
  const webhooks = document.webhooks as Record<string, { post: { requestBody: { content: Record<string, unknown> } } }>;
  return Object.entries(webhooks).map(([name, webhook]) => {
    const { $ref } = (webhook.post.requestBody.content["application/json"] as { schema: { $ref: string } }).schema;
    const example = schemas[$ref.split("/").at(-1) as string]?.["x-oaiMeta"]?.example ?? "";
    return { name, event: JSON.parse(example.replace(/,(\s*[\]}])/g, "$1")) as OpenaiWebhookEvent };
  });
}
