import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { OPENAI_WEBHOOK_EVENT_TYPES, receiveOpenaiWebhook } from "../src/index.js";
import {
  type Delivery,
  independentSignature,
  newWebhookSecret,
  publishedWebhookExamples,
  requestOf,
  sdkUnwrap,
  signed,
} from "./support/webhook-deliveries.js";

const secret = newWebhookSecret();
const now = () => Math.floor(Date.now() / 1000);
const event = {
  id: "evt_685343a1381c819085d44c354e1b330e",
  object: "event",
  type: "response.completed",
  created_at: now(),
  data: { id: "resp_abc123" },
};
const counts = { agreed: 0, ourAccepts: 0, falseAccepts: 0 };

afterAll(() => {
  console.log(
    `OpenAI webhooks vs the openai SDK's unwrap(): ${counts.agreed} deliveries judged alike, ${counts.ourAccepts} accepted, ${counts.falseAccepts} accepted by us only`,
  );
  expect(counts.falseAccepts).toBe(0);
});

const receive = (delivery: Delivery, options: { secret?: string | undefined } = { secret }) =>
  receiveOpenaiWebhook(requestOf(delivery), options);

/** Both verdicts on one delivery: ours (`receiveOpenaiWebhook`) and the SDK's (`client.webhooks.unwrap`). */
async function judge(delivery: Delivery, key = secret) {
  const [ours, sdk] = await Promise.all([receive(delivery, { secret: key }), sdkUnwrap(delivery, key)]);
  if (ours.ok) counts.ourAccepts += 1;
  if (ours.ok && !sdk.ok) counts.falseAccepts += 1;
  if (ours.ok === sdk.ok) counts.agreed += 1;
  return { ours, sdk };
}

describe("receiveOpenaiWebhook, cross-checked with the openai SDK's client.webhooks.unwrap()", () => {
  it("signs as OpenAI does: the kit's signature equals one computed apart with Node's HMAC", async () => {
    const delivery = await signed(event, { secret });
    expect(delivery.headers["webhook-signature"]).toBe(independentSignature(secret, delivery));
    expect(Object.keys(delivery.headers).sort()).toEqual(["webhook-id", "webhook-signature", "webhook-timestamp"]);
  });

  it("accepts a signed delivery the SDK accepts, with the same event, answering 200", async () => {
    const { ours, sdk } = await judge(await signed(event, { secret }));
    expect(sdk).toEqual({ ok: true, event });
    expect(ours.ok && ours.kind === "event" && ours.event).toEqual(event);
    expect(ours.answer).toMatchObject({ status: 200, body: { ok: true } });
  });

  it("accepts the example of every webhook OpenAI's OpenAPI description publishes, as the SDK does", async () => {
    const examples = publishedWebhookExamples();
    expect(examples.length).toBe(16);
    for (const { name, event: example } of examples) {
      expect(OPENAI_WEBHOOK_EVENT_TYPES, name).toContain(example.type);
      const { ours, sdk } = await judge(await signed({ ...example, created_at: now() }, { secret }));
      expect([name, sdk.ok, ours.ok && ours.kind === "event" && ours.event.type]).toEqual([name, true, example.type]);
    }
  });

  it("accepts any of several signatures while a secret is rolled, as the SDK does", async () => {
    const delivery = await signed(event, { secret: [newWebhookSecret(), secret] });
    expect(delivery.headers["webhook-signature"]?.split(" ")).toHaveLength(2);
    const { ours, sdk } = await judge(delivery);
    expect([ours.ok, sdk.ok]).toEqual([true, true]);
  });

  const signedNow = () => signed(event, { secret });
  const refusals: Array<[string, () => Promise<Delivery>, string]> = [
    [
      "a body changed after signing",
      async () => {
        const delivery = await signedNow();
        return { ...delivery, body: delivery.body.replace("resp_abc123", "resp_evil") };
      },
      "signature-mismatch",
    ],
    [
      "a delivery signed with another secret",
      () => signed(event, { secret: newWebhookSecret() }),
      "signature-mismatch",
    ],
    [
      "a signature replayed with a new timestamp",
      async () => {
        const old = await signed(event, { secret, timestampSeconds: now() - 600 });
        return { ...old, headers: { ...old.headers, "webhook-timestamp": String(now()) } };
      },
      "signature-mismatch",
    ],
    [
      "a signature replayed under another webhook-id",
      async () => {
        const delivery = await signedNow();
        return { ...delivery, headers: { ...delivery.headers, "webhook-id": "msg_other" } };
      },
      "signature-mismatch",
    ],
    [
      "a delivery signed 6 minutes ago",
      () => signed(event, { secret, timestampSeconds: now() - 360 }),
      "stale-timestamp",
    ],
    [
      "a delivery signed 6 minutes ahead",
      () => signed(event, { secret, timestampSeconds: now() + 360 }),
      "stale-timestamp",
    ],
    [
      "an unsigned delivery",
      async () => {
        const { "webhook-signature": _, ...headers } = (await signedNow()).headers;
        return { body: JSON.stringify(event), headers };
      },
      "missing-signature",
    ],
    [
      "a delivery without webhook-id",
      async () => {
        const { "webhook-id": _, ...headers } = (await signedNow()).headers;
        return { body: JSON.stringify(event), headers };
      },
      "missing-id",
    ],
    [
      "a delivery without webhook-timestamp",
      async () => {
        const { "webhook-timestamp": _, ...headers } = (await signedNow()).headers;
        return { body: JSON.stringify(event), headers };
      },
      "missing-timestamp",
    ],
  ];

  it.each(refusals)("refuses %s with 401, as the SDK does, never echoing the secret", async (_case, make, reason) => {
    const { ours, sdk } = await judge(await make());
    expect(sdk.ok).toBe(false);
    expect(ours.ok).toBe(false);
    expect(ours.answer).toMatchObject({ status: 401, body: { ok: false, error: reason } });
    const text = JSON.stringify([ours.answer, ours.ok ? null : ours.error.message]);
    expect(text).not.toContain(secret.slice("whsec_".length));
    expect(text).not.toContain(secret);
  });

  it("never accepts what the SDK refuses, and accepts what OpenAI would send, for any body, id, time and tampering", async () => {
    const tamper = fc.constantFrom("none", "body", "id", "timestamp", "signature", "secret");
    await fc.assert(
      fc.asyncProperty(
        fc.string({ maxLength: 300 }),
        fc.stringMatching(/^msg_[A-Za-z0-9]{1,30}$/),
        // Clear of the 300 s edge, where the SDK (whole seconds) and the kit (milliseconds) differ by under a second.
        fc.integer({ min: -299, max: 299 }),
        tamper,
        async (text, id, offset, how) => {
          const body = JSON.stringify({ ...event, data: { id: text } });
          const delivery = await signed(body, { secret, id, timestampSeconds: now() + offset });
          const headers = { ...delivery.headers };
          let sent = body;
          if (how === "body") sent = `${body} `;
          if (how === "id") headers["webhook-id"] = `${id}x`;
          if (how === "timestamp") headers["webhook-timestamp"] = String(now() + offset + 1);
          if (how === "signature") headers["webhook-signature"] = `v1,${Buffer.alloc(32, 7).toString("base64")}`;
          const { ours, sdk } = await judge({ body: sent, headers }, how === "secret" ? newWebhookSecret() : secret);
          expect([how, ours.ok, sdk.ok]).toEqual([how, how === "none", how === "none"]);
        },
      ),
      { numRuns: 200 },
    );
  });

  it("never accepts arbitrary headers the SDK refuses, and never throws", async () => {
    const header = fc.option(fc.string({ maxLength: 60 }), { nil: undefined });
    await fc.assert(
      fc.asyncProperty(
        fc.string({ maxLength: 100 }),
        header,
        header,
        header,
        async (body, id, timestamp, signature) => {
          const headers: Record<string, string> = {};
          if (id !== undefined) headers["webhook-id"] = id;
          if (timestamp !== undefined) headers["webhook-timestamp"] = timestamp;
          if (signature !== undefined) headers["webhook-signature"] = signature;
          const { ours } = await judge({ body, headers });
          expect(ours.ok).toBe(false);
        },
      ),
      { numRuns: 200 },
    );
  });

  it("is stricter than the SDK where OpenAI never sends it: a signature without `v1,` or a timestamp with trailing text", async () => {
    const delivery = await signedNow();
    const bare = {
      ...delivery,
      headers: { ...delivery.headers, "webhook-signature": delivery.headers["webhook-signature"]?.slice(3) ?? "" },
    };
    const bareVerdict = await judge(bare);
    expect([bareVerdict.sdk.ok, bareVerdict.ours.ok]).toEqual([true, false]);
    expect(bareVerdict.ours.answer.body).toMatchObject({ error: "malformed-signature" });
    const trailing: Delivery = { ...delivery, headers: { ...delivery.headers, "webhook-timestamp": `${now()}s` } };
    trailing.headers["webhook-signature"] = independentSignature(secret, trailing);
    const trailingVerdict = await judge(trailing);
    expect([trailingVerdict.sdk.ok, trailingVerdict.ours.ok]).toEqual([true, false]);
    expect(trailingVerdict.ours.answer.body).toMatchObject({ error: "missing-timestamp" });
  });

  it("refuses every request when no secret is configured (500), with a hint naming OPENAI_WEBHOOK_SECRET", async () => {
    const saved = process.env.OPENAI_WEBHOOK_SECRET;
    delete process.env.OPENAI_WEBHOOK_SECRET;
    try {
      for (const options of [{ secret: undefined }, {}]) {
        const receipt = await receive(await signedNow(), options);
        expect(receipt.answer).toMatchObject({ status: 500, body: { ok: false, error: "no-secret-configured" } });
        expect(receipt.ok ? "" : receipt.error.message).toMatch(
          /^OpenAI integration \(openai\), webhook endpoint: .*Set OPENAI_WEBHOOK_SECRET/,
        );
      }
    } finally {
      if (saved !== undefined) process.env.OPENAI_WEBHOOK_SECRET = saved;
    }
  });

  it("reads OPENAI_WEBHOOK_SECRET when `secret` is left out", async () => {
    const saved = process.env.OPENAI_WEBHOOK_SECRET;
    process.env.OPENAI_WEBHOOK_SECRET = secret;
    try {
      expect((await receive(await signedNow(), {})).ok).toBe(true);
    } finally {
      if (saved === undefined) delete process.env.OPENAI_WEBHOOK_SECRET;
      else process.env.OPENAI_WEBHOOK_SECRET = saved;
    }
  });

  it("refuses a signed body that is not an OpenAI event with 400, and another method with 405", async () => {
    for (const body of [JSON.stringify({ hello: "world" }), "{", JSON.stringify({ ...event, data: "resp_1" })]) {
      const receipt = await receive(await signed(body, { secret }));
      expect(receipt.answer).toMatchObject({ status: 400, body: { error: "malformed-payload" } });
    }
    const put = await receiveOpenaiWebhook(requestOf(await signedNow(), undefined, "PUT"), { secret });
    expect(put.answer).toMatchObject({
      status: 405,
      headers: { allow: "POST" },
      body: { error: "method-not-allowed" },
    });
  });
});
