import { indexClient } from "@acme/testing";
import { TriggerClient } from "@trigger.dev/sdk";
import type {
  BatchCompletedWebhookEvent,
  BatchFailedWebhookEvent,
  RealtimeCallIncomingWebhookEvent,
  ResponseCompletedWebhookEvent,
} from "openai/resources/webhooks";
import { afterEach, describe, expect, expectTypeOf, it } from "vitest";
import {
  OPENAI_WEBHOOK_EVENT_TYPES,
  OPENAI_WEBHOOK_SECRET_ENV,
  Openai,
  type OpenaiWebhookEndpoint,
  type OpenaiWebhookEventType,
} from "../src/index.js";
import { type Delivery, newWebhookSecret, requestOf, signed } from "./support/webhook-deliveries.js";

const SECRET = newWebhookSecret();
const now = () => Math.floor(Date.now() / 1000);
const completed = {
  id: "evt_1",
  object: "event",
  type: "response.completed",
  created_at: now(),
  data: { id: "resp_1" },
};

const endpointFor = (options: { secret?: string; id?: string } = { secret: SECRET }) =>
  new Openai({ id: "openai-bot" }).webhooks.endpoint(new TriggerClient({ id: "t", apiKey: "tr_dev_test" }), {
    id: "openai-webhooks",
    ...options,
  });

async function answer(endpoint: OpenaiWebhookEndpoint, delivery: Delivery, method = "POST") {
  const response = await endpoint.handle(requestOf(delivery, undefined, method));
  const text = await response.text();
  return { status: response.status, body: JSON.parse(text) as Record<string, unknown>, text };
}

describe("openai.webhooks.endpoint: what it answers", () => {
  const endpoint = endpointFor();

  it("accepts a signed event with 200, up to 5 minutes old or ahead", async () => {
    for (const offset of [0, -290, 290]) {
      const result = await answer(
        endpoint,
        await signed(completed, { secret: SECRET, timestampSeconds: now() + offset }),
      );
      expect(result).toMatchObject({ status: 200, body: { ok: true } });
    }
  });

  it("refuses unsigned, forged, stale and replayed deliveries with 401, any other method with 405, never echoing the secret", async () => {
    const fresh = await signed(completed, { secret: SECRET });
    const { "webhook-signature": _, ...unsigned } = fresh.headers;
    const cases: Array<[string, Delivery, string, number, string?]> = [
      ["unsigned", { body: fresh.body, headers: unsigned }, "missing-signature", 401],
      ["forged", await signed(completed, { secret: newWebhookSecret() }), "signature-mismatch", 401],
      ["stale", await signed(completed, { secret: SECRET, timestampSeconds: now() - 360 }), "stale-timestamp", 401],
      [
        "replayed with a new timestamp",
        { ...fresh, headers: { ...fresh.headers, "webhook-timestamp": String(now() + 1) } },
        "signature-mismatch",
        401,
      ],
      ["replayed as PUT", fresh, "method-not-allowed", 405, "PUT"],
      ["signed, not an event", await signed({ hello: "world" }, { secret: SECRET }), "malformed-payload", 400],
    ];
    for (const [label, delivery, reason, status, method] of cases) {
      const result = await answer(endpoint, delivery, method);
      expect([label, result.status, result.body.error]).toEqual([label, status, reason]);
      expect(result.body.message).toMatch(
        /^OpenAI integration \(openai-bot\), HTTP endpoint "openai-webhooks": OpenAI webhook rejected/,
      );
      expect(result.text).not.toContain(SECRET.slice("whsec_".length));
    }
  });

  it("registers with Trigger.dev as an endpoint from openai.com that answers every request, its jobs POSTs of their types", async () => {
    const client = new TriggerClient({ id: "openai-index", apiKey: "tr_dev_index" });
    const webhooks = new Openai({ id: "openai" }).webhooks.endpoint(client, { id: "OpenAI Webhooks", secret: SECRET });
    client.defineJob({
      id: "on-batch",
      name: "On batch",
      version: "1.0.0",
      trigger: webhooks.on(["batch.completed", "batch.failed"]),
      run: async () => null,
    });
    const index = await indexClient(client, "tr_dev_index");
    expect(webhooks.id).toBe("openai-webhooks");
    expect(index.httpEndpoints).toEqual([
      expect.objectContaining({
        id: "openai-webhooks",
        source: "openai.com",
        icon: "openai",
        event: expect.objectContaining({ title: "OpenAI webhooks", source: "openai.com" }),
        enabled: true,
        immediateResponseFilter: {},
      }),
    ]);
    expect(index.jobs[0]?.trigger.rule).toEqual({
      event: "httpendpoint.openai-webhooks",
      source: "openai.com",
      payload: { method: ["POST"], body: { type: ["batch.completed", "batch.failed"] } },
    });
    expect(JSON.stringify(index)).not.toContain(SECRET.slice("whsec_".length));
  });
});

describe("openai.webhooks.endpoint: triggers", () => {
  const endpoint = endpointFor();

  it("has an on* shorthand for every event type of the SDK, each the same as on(type)", () => {
    expect(OPENAI_WEBHOOK_EVENT_TYPES).toHaveLength(31);
    const methods = Object.getOwnPropertyNames(Object.getPrototypeOf(endpoint)).filter((name) => /^on[A-Z]/.test(name));
    expect(methods).toHaveLength(OPENAI_WEBHOOK_EVENT_TYPES.length);
    for (const method of methods) {
      const trigger = (endpoint as unknown as Record<string, () => { types: string[]; toJSON(): unknown }>)[method]?.();
      const [type] = trigger?.types ?? [];
      expect(trigger?.toJSON()).toEqual(endpoint.on(type as OpenaiWebhookEventType).toJSON());
    }
    expect(endpoint.onFineTuningJobSucceeded().types).toEqual(["fine_tuning.job.succeeded"]);
    expect(endpoint.onSafetyOrgAlertCreated().types).toEqual(["safety.org_alert.created"]);
  });

  it("types each job's payload with the SDK's event type", () => {
    expectTypeOf(
      endpoint.onResponseCompleted().event.parsePayload,
    ).returns.toEqualTypeOf<ResponseCompletedWebhookEvent>();
    expectTypeOf(
      endpoint.on("realtime.call.incoming").event.parsePayload,
    ).returns.toEqualTypeOf<RealtimeCallIncomingWebhookEvent>();
    expectTypeOf(endpoint.on(["batch.completed", "batch.failed"]).event.parsePayload).returns.toEqualTypeOf<
      BatchCompletedWebhookEvent | BatchFailedWebhookEvent
    >();
    // @ts-expect-error: not an event type of the SDK
    expect(() => endpoint.on("response.finished")).toThrow(
      expect.objectContaining({
        name: "InvalidOptionsError",
        code: "INVALID_OPTIONS",
        message: expect.stringMatching(
          /^Can't create OpenAI integration \(openai-bot\): on\(\) takes .*got "response.finished"\./,
        ),
      }),
    );
    expect(() => endpoint.on([])).toThrow(/got none/);
  });
});

describe("openai.webhooks.endpoint: its secret", () => {
  const saved = process.env[OPENAI_WEBHOOK_SECRET_ENV];
  afterEach(() => {
    if (saved === undefined) delete process.env[OPENAI_WEBHOOK_SECRET_ENV];
    else process.env[OPENAI_WEBHOOK_SECRET_ENV] = saved;
  });

  it("throws at construction when `secret` is passed but undefined or empty, naming OPENAI_WEBHOOK_SECRET", () => {
    process.env[OPENAI_WEBHOOK_SECRET_ENV] = SECRET;
    for (const secret of [undefined, "", "  "]) {
      expect(() => endpointFor({ secret: secret as string })).toThrow(
        expect.objectContaining({
          name: "SigningSecretUndefinedError",
          code: "SIGNING_SECRET_UNDEFINED",
          integrationId: "openai-bot",
          message: expect.stringMatching(
            /^Can't create the HTTP endpoint "openai-webhooks" of OpenAI integration \(openai-bot\) as secret was undefined\..*OPENAI_WEBHOOK_SECRET/,
          ),
        }),
      );
    }
  });

  it("reads OPENAI_WEBHOOK_SECRET when `secret` is left out; without it refuses every request with 500, saying what to set", async () => {
    process.env[OPENAI_WEBHOOK_SECRET_ENV] = SECRET;
    const fromEnv = endpointFor({});
    expect((await answer(fromEnv, await signed(completed, { secret: SECRET }))).status).toBe(200);
    delete process.env[OPENAI_WEBHOOK_SECRET_ENV];
    const unconfigured = endpointFor({});
    const result = await answer(unconfigured, await signed(completed, { secret: SECRET }));
    expect(result).toMatchObject({ status: 500, body: { ok: false, error: "no-secret-configured" } });
    expect(result.body.message).toMatch(/Set OPENAI_WEBHOOK_SECRET .*whsec_/);
  });

  it("refuses a secret that is not a whsec_ key when declared, without echoing it", () => {
    const declare = () => endpointFor({ secret: "whsec_not base64!" });
    expect(declare).toThrow(
      expect.objectContaining({
        name: "InvalidOptionsError",
        message: expect.stringContaining("is not a whsec_<base64> secret, so no delivery could be verified"),
      }),
    );
    expect(declare).toThrow(expect.not.objectContaining({ message: expect.stringContaining("not base64!") }));
  });

  it("needs an id", () => {
    expect(() => endpointFor({ secret: SECRET, id: "" })).toThrow(
      expect.objectContaining({
        name: "InvalidOptionsError",
        message:
          'Can\'t create OpenAI integration (openai-bot): openai.webhooks.endpoint() needs an `id`, e.g. { id: "openai-webhooks" }.',
      }),
    );
  });
});
