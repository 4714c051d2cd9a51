import { executeJobOnce } from "@acme/integration-kit/testing";
import { TriggerClient } from "@trigger.dev/sdk";
import { describe, expect, it } from "vitest";
import { Openai } from "../src/index.js";
import { newWebhookSecret, publishedWebhookExamples, signed, storedRequestOf } from "./support/webhook-deliveries.js";

const SECRET = newWebhookSecret();
const API_KEY = "tr_dev_t";
const client = new TriggerClient({ id: "t", apiKey: API_KEY, apiUrl: "http://127.0.0.1:9" });
const webhooks = new Openai({ id: "openai" }).webhooks.endpoint(client, { id: "openai-webhooks", secret: SECRET });
const ran: string[] = [];
client.defineJob({
  id: "on-batch-done",
  name: "On batch done",
  version: "1.0.0",
  trigger: webhooks.on(["batch.completed", "batch.failed"]),
  run: async (payload) => {
    ran.push(payload.data.id);
    return { type: payload.type, batch: payload.data.id };
  },
});
const now = () => Math.floor(Date.now() / 1000);
const batchCompleted = (created = now()) => ({
  id: "evt_batch_1",
  object: "event",
  type: "batch.completed",
  created_at: created,
  data: { id: "batch_abc123" },
});

/** Executes `on-batch-done` once through the real SDK, as Trigger.dev does for a request it received at `receivedAt`. */
const execute = (payload: unknown, receivedAt: Date) =>
  executeJobOnce(client, {
    apiKey: API_KEY,
    jobId: "on-batch-done",
    event: { name: "httpendpoint.openai-webhooks", payload, timestamp: receivedAt },
  });

describe("openaiWebhooks.on(types)", () => {
  it("parses the run's stored request into the SDK's event, with dashboard properties", async () => {
    const trigger = webhooks.on("realtime.call.incoming");
    const example = publishedWebhookExamples().find(({ event }) => event.type === "realtime.call.incoming");
    const payload = trigger.event.parsePayload(storedRequestOf(await signed(example?.event, { secret: SECRET })));
    expect(payload).toEqual(example?.event);
    expect(payload.data.sip_headers.map((header) => header.name)).toContain("CSeq");
    expect(trigger.event.runProperties?.(payload)).toEqual([
      { label: "Event", text: "realtime.call.incoming" },
      { label: "Event ID", text: "evt_abc123" },
      { label: "realtime.call", text: "rtc_479a275623b54bdb9b6fbae2f7cbd408" },
    ]);
    expect(trigger.event).toMatchObject({
      title: "OpenAI realtime.call.incoming",
      source: "openai.com",
      icon: "openai",
    });
    expect(await trigger.verifyPayload(payload)).toEqual({ success: true });
  });

  it("runs a job whose request was received fresh, however much later the run is executed", async () => {
    ran.length = 0;
    const signedAt = now() - 3600;
    const delivery = await signed(batchCompleted(signedAt), { secret: SECRET, timestampSeconds: signedAt });
    expect(await execute(storedRequestOf(delivery), new Date((signedAt + 5) * 1000))).toMatchObject({
      status: "SUCCESS",
      output: { type: "batch.completed", batch: "batch_abc123" },
    });
    expect(ran).toEqual(["batch_abc123"]);
  });

  it("refuses, before the job runs, a stored request that arrived stale, in another method, unsigned, forged or replayed", async () => {
    ran.length = 0;
    const signedAt = now();
    const fresh = await signed(batchCompleted(), { secret: SECRET, timestampSeconds: signedAt });
    const { "webhook-signature": _, ...unsigned } = fresh.headers;
    const cases: Array<[string, unknown, number, string]> = [
      ["received an hour after signing", storedRequestOf(fresh), 3600, "stale-timestamp"],
      ["replayed as PUT", storedRequestOf(fresh, "PUT"), 0, "method-not-allowed"],
      ["unsigned", storedRequestOf({ body: fresh.body, headers: unsigned }), 0, "missing-signature"],
      [
        "forged",
        storedRequestOf(await signed(batchCompleted(), { secret: newWebhookSecret(), timestampSeconds: signedAt })),
        0,
        "signature-mismatch",
      ],
      [
        "replayed with a new timestamp",
        storedRequestOf({ ...fresh, headers: { ...fresh.headers, "webhook-timestamp": String(signedAt + 60) } }),
        60,
        "signature-mismatch",
      ],
    ];
    for (const [label, payload, delay, reason] of cases) {
      const result = await execute(payload, new Date((signedAt + delay) * 1000));
      expect([label, result.status, result.error?.message]).toEqual([
        label,
        "ERROR",
        expect.stringMatching(
          new RegExp(
            `^OpenAI integration \\(openai\\), HTTP endpoint "openai-webhooks": OpenAI webhook rejected \\(${reason}\\)`,
          ),
        ),
      ]);
      expect(JSON.stringify(result)).not.toContain(SECRET.slice("whsec_".length));
    }
    expect(ran).toEqual([]);
  });

  it("refuses a payload that did not come from a stored request, or an event of another type", async () => {
    const trigger = webhooks.onResponseCompleted();
    expect(await trigger.verifyPayload(batchCompleted() as never)).toMatchObject({
      success: false,
      reason: expect.stringMatching(/did not come from a request to the endpoint/),
    });
    const batch = storedRequestOf(await signed(batchCompleted(), { secret: SECRET }));
    expect(() => trigger.event.parsePayload(batch)).toThrow(/expected a response.completed event, got batch.completed/);
    expect(() => trigger.event.parsePayload({ foo: "bar" })).toThrow(/not the HTTP request Trigger.dev stores/);
  });
});
