import { inspect } from "node:util";
import { signWebhook } from "@acme/integration-kit";
import { Openai, type OpenaiWebhookEndpoint, openaiWebhookScheme } from "@acme/openai";
import { type OpenaiStandIn, startOpenaiStandIn } from "@acme/openai-standin";
import { deliverHttpEndpointRequest, type HttpEndpointDelivery, type RunHarness, startRunHarness } from "@acme/testing";
import type { TriggerClient } from "@trigger.dev/sdk";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { triggerSdks } from "./trigger-sdks.js";

const WEBHOOK_KEY = Buffer.from("e2e-openai-webhook-signing-0007!").toString("base64");
const WEBHOOK_SECRET = `whsec_${WEBHOOK_KEY}`;
const OPENAI_KEY = "sk-e2e-webhooks-4d2b8f61c0a9e357";
const URL_ = "https://cloud.trigger.test/api/v1/http-endpoints/openai-webhooks";

const event = (type: string, dataId: string) => ({
  id: `evt_${dataId}`,
  object: "event",
  type,
  created_at: Math.floor(Date.now() / 1000),
  data: { id: dataId },
});

/** A delivery as OpenAI sends it: JSON, with Standard Webhooks headers signed at `signedAt` (ms, default now). */
async function delivery(body: unknown, options: { secret?: string; signedAt?: number; headers?: object } = {}) {
  const raw = JSON.stringify(body);
  const signature = await signWebhook(openaiWebhookScheme, {
    secret: options.secret ?? WEBHOOK_SECRET,
    body: raw,
    ...(options.signedAt === undefined ? {} : { timestamp: options.signedAt }),
  });
  return new Request(URL_, {
    method: "POST",
    headers: { "content-type": "application/json", "user-agent": "OpenAI/1.0", ...signature, ...options.headers },
    body: raw,
  });
}

describe.each(triggerSdks)("OpenAI webhooks through $alias $version", { timeout: 60_000 }, (sdk) => {
  const run = {} as {
    openai: OpenaiStandIn;
    harness: RunHarness;
    client: TriggerClient;
    webhooks: OpenaiWebhookEndpoint;
  };
  // Everything the secret could leak into: log lines, console output, answers, runs and their tasks.
  const seen: unknown[] = [];

  beforeAll(async () => {
    for (const method of ["log", "info", "warn", "error", "debug"] as const) {
      const original = console[method].bind(console);
      vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
        seen.push(args.map((arg) => (typeof arg === "string" ? arg : inspect(arg, { depth: 8 }))).join(" "));
        original(...args);
      });
    }
    run.openai = await startOpenaiStandIn();
    run.harness = await startRunHarness({ log: (line) => seen.push(line) });
    run.client = new sdk.TriggerClient({ id: "e2e-openai-webhooks", ...run.harness.clientOptions });
    const openai = new Openai({ id: "openai", apiKey: OPENAI_KEY, baseUrl: run.openai.baseUrl });
    run.webhooks = openai.webhooks.endpoint(run.client, { id: "openai-webhooks", secret: WEBHOOK_SECRET });
    // No secret option and OPENAI_WEBHOOK_SECRET unset: every request is refused (500).
    const saved = process.env.OPENAI_WEBHOOK_SECRET;
    delete process.env.OPENAI_WEBHOOK_SECRET;
    openai.webhooks.endpoint(run.client, { id: "unconfigured" });
    if (saved !== undefined) process.env.OPENAI_WEBHOOK_SECRET = saved;
    run.client.defineJob({
      id: "read-response",
      name: "Read a finished background response",
      version: "1.0.0",
      trigger: run.webhooks.onResponseCompleted(),
      integrations: { openai },
      run: async (payload, io) => {
        // Typed by the openai SDK: payload is a ResponseCompletedWebhookEvent.
        const response = await io.openai.responses.retrieve("retrieve", { response_id: payload.data.id });
        return { event: payload.id, type: payload.type, response: response.id, object: response.object };
      },
    });
    run.client.defineJob({
      id: "batch-done",
      name: "Batch done",
      version: "1.0.0",
      trigger: run.webhooks.on(["batch.completed", "batch.failed"]),
      run: async (payload) => ({ type: payload.type, batch: payload.data.id }),
    });
  });
  beforeEach(() => run.openai.reset());
  afterAll(async () => {
    vi.restoreAllMocks();
    await run.harness.close();
    await run.openai.close();
  });

  const deliver = async (request: Request, endpointId = "openai-webhooks") => {
    const result = await deliverHttpEndpointRequest(run.harness, run.client, { endpointId, request });
    // Each run carries its tasks (params, output, errors) as the run API recorded them.
    seen.push(result, [...run.openai.requests]);
    return result;
  };
  const refusal = (d: HttpEndpointDelivery) => [d.response.status, JSON.parse(d.response.body).error, d.runs.length];

  it("a signed response.completed runs the job with the typed event, which reads the response from OpenAI", async () => {
    const body = event("response.completed", "resp_6851b0f0a8c0819a");
    const result = await deliver(await delivery(body));
    expect(result.response).toMatchObject({ status: 200, body: JSON.stringify({ ok: true }) });
    expect(result.runs.map((r) => [r.job.id, r.status, r.output])).toEqual([
      [
        "read-response",
        "SUCCESS",
        { event: body.id, type: "response.completed", response: "resp_6851b0f0a8c0819a", object: "response" },
      ],
    ]);
    expect(run.openai.requests.map((r) => [r.method, r.route, r.status, r.violations, r.apiKey])).toEqual([
      ["GET", "/responses/{response_id}", 200, [], OPENAI_KEY],
    ]);
  });

  it("runs only the job for the event's type", async () => {
    const result = await deliver(await delivery(event("batch.failed", "batch_42")));
    expect(result.runs.map((r) => [r.job.id, r.status, r.output])).toEqual([
      ["batch-done", "SUCCESS", { type: "batch.failed", batch: "batch_42" }],
    ]);
    expect(run.openai.requests).toEqual([]);
  });

  it("the same delivery unsigned, stale, forged or replayed is refused with 401 and runs nothing", async () => {
    const body = event("response.completed", "resp_denied");
    const signedNow = await delivery(body);
    const oldHeaders = Object.fromEntries((await delivery(body, { signedAt: Date.now() - 600_000 })).headers);
    const results = [
      await deliver(await delivery(body, { headers: { "webhook-signature": "" } })),
      await deliver(await delivery(body, { signedAt: Date.now() - 600_000 })),
      await deliver(await delivery(body, { secret: `whsec_${Buffer.from("guessed").toString("base64")}` })),
      await deliver(
        await delivery(body, {
          headers: { ...oldHeaders, "webhook-timestamp": signedNow.headers.get("webhook-timestamp") },
        }),
      ),
    ];
    expect(results.map(refusal)).toEqual([
      [401, "missing-signature", 0],
      [401, "stale-timestamp", 0],
      [401, "signature-mismatch", 0],
      [401, "signature-mismatch", 0],
    ]);
    expect(run.openai.requests).toEqual([]);
  });

  it("an endpoint without a secret refuses even a correctly signed delivery, saying what to set", async () => {
    const result = await deliver(await delivery(event("response.completed", "resp_x")), "unconfigured");
    expect(refusal(result)).toEqual([500, "no-secret-configured", 0]);
    expect(JSON.parse(result.response.body).message).toMatch(
      /^OpenAI integration \(openai\), HTTP endpoint "unconfigured": .*Set OPENAI_WEBHOOK_SECRET/,
    );
  });

  it("the secret is in no log line, console output, answer, run, task or request", () => {
    expect(seen.length).toBeGreaterThan(8);
    const text = seen.map((entry) => (typeof entry === "string" ? entry : inspect(entry, { depth: 16 }))).join("\n");
    expect(text).toContain("resp_6851b0f0a8c0819a");
    expect(text).not.toContain(WEBHOOK_KEY);
    expect(text).not.toContain(WEBHOOK_SECRET);
  });
});
