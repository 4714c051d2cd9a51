// By package name, not relative path: the testing entry must share the main entry's classes.
import {
  type HttpEndpointRequest,
  type JsonValue,
  receiveWebhook,
  signWebhook,
  WEBHOOK_REJECTION_STATUS,
  type WebhookReceipt,
  type WebhookReceiver,
  type WebhookRejectionReason,
} from "@acme/integration-kit";
import { afterAll, describe, expect, it } from "vitest";

/** A request as the service would send it, before signing. */
export interface UnsignedDelivery {
  /** The body exactly as sent. */
  readonly body: string;
  /** The service's other headers (event name, delivery id, content type). */
  readonly headers?: Readonly<Record<string, string>>;
}

/** What the webhook section needs to know about one receiver. */
export interface WebhookContractSubject<TEvent> {
  /** Display name, for the test titles (`"GitHub webhooks"`). */
  readonly name: string;
  /** The integration's receiver. */
  readonly receiver: WebhookReceiver<TEvent>;
  /** A delivery of an event the receiver turns into `event` (the suite signs it). */
  readonly event: UnsignedDelivery;
  /** The service's handshake (`ping`, `url_verification`) and what it is answered with. */
  readonly handshake?: UnsignedDelivery & { readonly reply: JsonValue };
  /** A signed body that is not the service's payload: answered `malformed-payload`. */
  readonly malformed?: UnsignedDelivery;
  /** A delivery without a header the service always sends: answered `missing-header`. */
  readonly missingHeader?: UnsignedDelivery;
  /** The secret to sign with, when the scheme needs a particular form (default a `whsec_<base64>` canary). */
  readonly secret?: string;
}

/** A canary secret valid for every stock scheme: `whsec_` plus base64, used as text or as key bytes. */
const CANARY_SECRET = `whsec_${Buffer.from("webhook-contract-canary-0123456789").toString("base64")}`;
const origin = { service: { name: "Contract" }, integrationId: "webhook-contract" };

/** The forms a secret could leak in: as given, the base64 part's bytes as text, hex and base64url. */
function secretForms(secret: string): string[] {
  const forms = [secret, encodeURIComponent(secret)];
  const base64 = secret.startsWith("whsec_") ? secret.slice("whsec_".length) : undefined;
  if (base64) forms.push(base64, Buffer.from(base64, "base64").toString("hex"));
  forms.push(Buffer.from(secret).toString("base64url"), Buffer.from(secret).toString("hex"));
  return forms.filter((form) => form.length >= 8);
}

/**
 * The webhook section of the contract suite, for an integration's receiver: a signed event is
 * accepted and answered `200 { ok: true }`; every rejection reason the receiver can produce is
 * produced and answered with its status from the kit's one table and its one body shape; the
 * secret appears in no answer; and fast-check deliveries (any body, method and headers, wrong or
 * stale signatures, tampered bodies) are never accepted. Call it from a test file of the
 * integration; it needs `fast-check` installed (a devDependency).
 */
export function describeWebhookContract<TEvent>(subject: WebhookContractSubject<TEvent>): void {
  const { receiver } = subject;
  const { scheme } = receiver;
  const secret = subject.secret ?? CANARY_SECRET;
  const answered: string[] = [];
  const seen = new Set<WebhookRejectionReason>();

  const sign = async (delivery: UnsignedDelivery, options: { secret?: string; timestamp?: number } = {}) => ({
    ...delivery.headers,
    ...(await signWebhook(scheme, {
      secret: options.secret ?? secret,
      body: delivery.body,
      timestamp: options.timestamp,
    })),
  });
  const receive = async (
    request: HttpEndpointRequest,
    options: { secret?: string | undefined; receivedAt?: number | undefined } = {},
  ): Promise<WebhookReceipt<TEvent>> => {
    const receipt = await receiveWebhook(receiver, request, { secret, origin, ...options });
    const response = receipt.response();
    answered.push(JSON.stringify([response.status, [...response.headers], await response.text()]));
    if (!receipt.ok) answered.push(receipt.error.message, receipt.error.stack ?? "");
    return receipt;
  };
  const post = (headers: Record<string, string>, body: string, method = "POST"): HttpEndpointRequest => ({
    method,
    headers,
    rawBody: body,
  });
  const expectRefused = async (receipt: WebhookReceipt<TEvent>, reason: WebhookRejectionReason) => {
    expect(receipt).toMatchObject({ ok: false, kind: "rejected", error: { reason, code: "WEBHOOK_REJECTED" } });
    const response = receipt.response();
    expect(response.status, reason).toBe(WEBHOOK_REJECTION_STATUS[reason]);
    expect(await response.json()).toEqual({ ok: false, error: reason, message: expect.any(String) });
    seen.add(reason);
  };

  describe(`${subject.name} webhook contract`, () => {
    afterAll(() => {
      const leaks = answered.filter((text) => secretForms(secret).some((form) => text.includes(form)));
      expect(leaks, "the secret must appear in no answer, message or stack").toEqual([]);
    });

    it("accepts a signed event with 200 { ok: true }", async () => {
      const receipt = await receive(post(await sign(subject.event), subject.event.body));
      expect(receipt).toMatchObject({ ok: true, kind: "event" });
      expect([receipt.answer.status, receipt.answer.body]).toEqual([200, { ok: true }]);
    });

    it.runIf(subject.handshake)("answers the service's handshake with its reply and no event", async () => {
      const handshake = subject.handshake as NonNullable<typeof subject.handshake>;
      const receipt = await receive(post(await sign(handshake), handshake.body));
      expect(receipt).toMatchObject({ ok: true, kind: "reply", reply: handshake.reply });
      expect(await receipt.response().json()).toEqual(handshake.reply);
    });

    it("produces every rejection reason it can, each answered with its status and body", async () => {
      const { event } = subject;
      const headers = await sign(event);
      const without = (name: string) =>
        Object.fromEntries(Object.entries(headers).filter(([key]) => key.toLowerCase() !== name.toLowerCase()));
      const expected: WebhookRejectionReason[] = [
        "method-not-allowed",
        "no-secret-configured",
        "missing-signature",
        "malformed-signature",
        "signature-mismatch",
        "missing-received-time",
      ];
      await expectRefused(await receive(post(headers, event.body, "PUT")), "method-not-allowed");
      expect((await receive(post(headers, event.body, "PUT"))).answer.headers).toMatchObject({ allow: "POST" });
      await expectRefused(await receive(post(headers, event.body), { secret: undefined }), "no-secret-configured");
      await expectRefused(await receive(post(headers, event.body), { secret: "" }), "no-secret-configured");
      await expectRefused(await receive(post(without(scheme.signature.header), event.body)), "missing-signature");
      const garbage = { ...headers, [scheme.signature.header]: "not a signature!" };
      await expectRefused(await receive(post(garbage, event.body)), "malformed-signature");
      const otherSecret = await sign(event, { secret: `${secret.slice(0, -4)}AAA=` });
      await expectRefused(await receive(post(otherSecret, event.body)), "signature-mismatch");
      await expectRefused(await receive(post(headers, `${event.body} `)), "signature-mismatch");
      await expectRefused(await receive(post(headers, event.body), { receivedAt: undefined }), "missing-received-time");
      const location = scheme.timestamp;
      if (location) {
        expected.push("stale-timestamp");
        const tolerance = location.toleranceSeconds * 1000;
        for (const offset of [tolerance + 5000, -tolerance - 5000]) {
          const receivedAt = Date.now() + offset;
          await expectRefused(await receive(post(headers, event.body), { receivedAt }), "stale-timestamp");
        }
        if ("header" in location) {
          expected.push("missing-timestamp");
          await expectRefused(await receive(post(without(location.header), event.body)), "missing-timestamp");
        }
      }
      if (scheme.idHeader) {
        expected.push("missing-id");
        await expectRefused(await receive(post(without(scheme.idHeader), event.body)), "missing-id");
      }
      for (const [delivery, reason] of [
        [subject.malformed, "malformed-payload"],
        [subject.missingHeader, "missing-header"],
      ] as const) {
        if (!delivery) continue;
        expected.push(reason);
        await expectRefused(await receive(post(await sign(delivery), delivery.body)), reason);
      }
      expect([...seen].sort()).toEqual([...new Set(expected)].sort());
    });

    it("never accepts fuzzed deliveries: any method, body and headers, forged, stale or tampered (fast-check)", async () => {
      // Loaded here, so integrations without a receiver need no fast-check to run the suite.
      const fc: typeof import("fast-check").default = (await import("fast-check")).default;
      const signed = await sign(subject.event);
      const headerValue = fc.oneof(
        fc.string({ maxLength: 100 }),
        fc.constantFrom(...Object.values(signed)),
        fc.stringMatching(/^(sha256=|v0=|v1=|v1,|t=\d{10},v1=)?[0-9a-fA-F+/=]{0,88}$/),
        fc.integer({ min: 0, max: 2 ** 40 }).map(String),
      );
      const headerNames = fc.constantFrom(...Object.keys(signed), "content-type", "x-other");
      const accepted: string[] = [];
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom("POST", "PUT", "GET", "DELETE", "PATCH"),
          fc.oneof(fc.string({ maxLength: 300 }), fc.json({ maxDepth: 3 }), fc.constant(subject.event.body)),
          fc.dictionary(headerNames, headerValue, { maxKeys: 6 }),
          fc.option(fc.string({ minLength: 1, maxLength: 40 }), { nil: undefined }),
          async (method, body, headers, otherSecret) => {
            // The real signature only ever comes with a body other than the one it signs.
            fc.pre(
              body !== subject.event.body || Object.values(headers).every((v) => !Object.values(signed).includes(v)),
            );
            const receipt = await receive(post({ ...subject.event.headers, ...headers }, body, method), {
              secret: otherSecret ?? secret,
            });
            if (receipt.ok) accepted.push(JSON.stringify({ method, body, headers }));
            expect(Object.values(WEBHOOK_REJECTION_STATUS)).toContain(receipt.answer.status);
          },
        ),
        { numRuns: 200 },
      );
      expect(accepted).toEqual([]);
      // Generous: a busy CI machine runs 200 deliveries slowly, and a timeout would prove nothing.
    }, 120_000);
  });
}
