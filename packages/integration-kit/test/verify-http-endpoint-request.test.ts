import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  githubSignatureScheme as hubStyle,
  signWebhook,
  slackSignatureScheme as slackStyle,
  verifyHttpEndpointRequest,
} from "../src/index.js";

const SECRET = "endpoint-request-secret";
const BODY = '{"type":"event_callback"}';
const SIGNED_AT = 1_700_000_000;

/** A request Slack signed at SIGNED_AT, as Trigger.dev stores it, sent with `method`. */
async function signed(method = "POST") {
  const headers = await signWebhook(slackStyle, { secret: SECRET, body: BODY, timestamp: SIGNED_AT * 1000 });
  return { method, headers, rawBody: BODY };
}
const at = (secondsAfterSigning: number) => (SIGNED_AT + secondsAfterSigning) * 1000;

describe("verifyHttpEndpointRequest", () => {
  it("accepts a signed POST received within the window of its signing time, however late the check runs", async () => {
    for (const received of [at(0), at(299), at(-299)]) {
      expect(
        await verifyHttpEndpointRequest(slackStyle, { request: await signed(), secret: SECRET, receivedAt: received }),
      ).toEqual({ ok: true, timestamp: SIGNED_AT * 1000 });
    }
  });

  it("refuses a signed request received after the window, saying when it was signed and received", async () => {
    for (const age of [301, 3600, 86_400, 30 * 86_400]) {
      const result = await verifyHttpEndpointRequest(slackStyle, {
        request: await signed(),
        secret: SECRET,
        receivedAt: at(age),
      });
      expect(result).toEqual({
        ok: false,
        reason: "stale-timestamp",
        message: expect.stringMatching(
          /^Slack webhook rejected \(stale-timestamp\): the delivery was signed at 2023-11-14T22:13:20.000Z but received at .*, more than 300 s apart; replays are refused\.$/,
        ),
      });
    }
  });

  it("refuses any method but the one the service sends, even signed and fresh: the signature does not cover it", async () => {
    for (const method of ["PUT", "PATCH", "DELETE", "GET", "OPTIONS", "put"]) {
      const result = await verifyHttpEndpointRequest(slackStyle, {
        request: await signed(method),
        secret: SECRET,
        receivedAt: at(1),
      });
      expect(result).toEqual({
        ok: false,
        reason: "method-not-allowed",
        message: `Slack webhook rejected (method-not-allowed): the request is a ${method}; Slack sends only POST.`,
      });
    }
    const put = await signed("PUT");
    expect(
      await verifyHttpEndpointRequest(slackStyle, { request: put, secret: SECRET, receivedAt: at(1), method: "PUT" }),
    ).toMatchObject({ ok: true });
  });

  it("refuses when the time of receipt is unknown, instead of skipping the age check", async () => {
    for (const receivedAt of [undefined, Number.NaN, Number.POSITIVE_INFINITY]) {
      const result = await verifyHttpEndpointRequest(slackStyle, {
        request: await signed(),
        secret: SECRET,
        receivedAt,
      });
      expect(result).toMatchObject({ ok: false, reason: "missing-received-time" });
    }
  });

  it("checks the signature as verifyWebhookSignature does, with no secret refusing everything", async () => {
    const request = await signed();
    const forged = { ...request, rawBody: BODY.replace("event", "evil") };
    const cases = [
      [forged, SECRET, "signature-mismatch"],
      [request, undefined, "no-secret-configured"],
      [{ ...request, headers: {} }, SECRET, "missing-signature"],
    ] as const;
    for (const [candidate, secret, reason] of cases) {
      expect(
        await verifyHttpEndpointRequest(slackStyle, { request: candidate, secret, receivedAt: at(1) }),
      ).toMatchObject({ ok: false, reason });
    }
  });

  it("for a scheme without a signed timestamp, checks method and signature only", async () => {
    const headers = new Headers(await signWebhook(hubStyle, { secret: SECRET, body: BODY }));
    const check = (method: string) =>
      verifyHttpEndpointRequest(hubStyle, {
        request: { method, headers, rawBody: BODY },
        secret: SECRET,
        receivedAt: 0,
      });
    expect(await check("POST")).toEqual({ ok: true });
    expect(await check("DELETE")).toMatchObject({ ok: false, reason: "method-not-allowed" });
  });

  it("never accepts a request received outside the window, in any method, at any age", async () => {
    const request = await signed();
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom("POST", "PUT", "PATCH", "DELETE"),
        fc.oneof(fc.integer({ min: 301, max: 400 * 86_400 }), fc.integer({ min: -400 * 86_400, max: -301 })),
        async (method, offset) => {
          const result = await verifyHttpEndpointRequest(slackStyle, {
            request: { ...request, method },
            secret: SECRET,
            receivedAt: at(offset),
          });
          expect(result.ok).toBe(false);
        },
      ),
      { numRuns: 200 },
    );
  });
});
