import { createHmac, timingSafeEqual } from "node:crypto";
import { TriggerClient } from "@trigger.dev/sdk";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deliverHttpEndpointRequest, type RunHarness, RunHarnessError, startRunHarness } from "../src/index.js";

const SECRET = "endpoint-secret";
const sign = (body: string) => createHmac("sha256", SECRET).update(body).digest("hex");

/** Checks `x-signature` over the body, as an endpoint's `verify` would. */
async function verify(request: Request) {
  const expected = Buffer.from(sign(await request.text()));
  const given = Buffer.from(request.headers.get("x-signature") ?? "");
  return given.length === expected.length && timingSafeEqual(given, expected)
    ? { success: true as const }
    : { success: false as const, reason: "bad signature" };
}

const post = (body: unknown, headers: Record<string, string> = {}) => {
  const raw = JSON.stringify(body);
  return new Request("https://hooks.example.test/endpoint?from=test", {
    method: "POST",
    headers: { "content-type": "application/json", "x-signature": sign(raw), ...headers },
    body: raw,
  });
};

describe("deliverHttpEndpointRequest through the real SDK", () => {
  let harness: RunHarness;
  let client: TriggerClient;

  beforeAll(async () => {
    harness = await startRunHarness({ log: (line) => console.error(line) });
    client = new TriggerClient({ id: "endpoint-test", ...harness.clientOptions });
    const answering = client.defineHttpEndpoint({
      id: "Answering Endpoint",
      source: "example.test",
      verify,
      respondWith: {
        filter: { method: ["POST"] },
        handler: async (request, check) => {
          if (!(await check()).success) return new Response("no", { status: 401 });
          const body = (await request.json()) as { challenge?: string };
          return body.challenge
            ? new Response(JSON.stringify({ challenge: body.challenge }), {
                headers: { "content-type": "application/json" },
              })
            : new Response("ok");
        },
      },
    });
    const plain = client.defineHttpEndpoint({ id: "plain", source: "plain.test", verify });
    const answerOnly = client.defineHttpEndpoint({
      id: "answer-only",
      source: "answer.test",
      verify,
      respondWith: {
        filter: { method: ["POST"] },
        skipTriggeringRuns: true,
        handler: async () => new Response("pong"),
      },
    });
    const job = (id: string, trigger: ReturnType<typeof plain.onRequest>) =>
      client.defineJob({
        id,
        name: id,
        version: "1.0.0",
        trigger,
        run: async (request: Request) => ({ kind: ((await request.json()) as { kind: string }).kind }),
      });
    job("on-order", answering.onRequest({ filter: { body: { kind: ["order"] } } }));
    job("on-refund", answering.onRequest({ filter: { body: { kind: ["refund"] } } }));
    job("on-plain", plain.onRequest());
    job("on-answer-only", answerOnly.onRequest());
    const timed = client.defineHttpEndpoint({ id: "timed", source: "timed.test", verify });
    // The first job waits an hour before answering; the second answers at once. Both report the
    // time Trigger.dev received the request, as each execution sees it.
    client.defineJob({
      id: "timed-waits",
      name: "timed-waits",
      version: "1.0.0",
      trigger: timed.onRequest(),
      run: async (_request: Request, io, ctx) => {
        const before = ctx.event.timestamp.toISOString();
        await io.wait("an hour", 3600);
        return { before, after: ctx.event.timestamp.toISOString() };
      },
    });
    client.defineJob({
      id: "timed-at-once",
      name: "timed-at-once",
      version: "1.0.0",
      trigger: timed.onRequest(),
      run: async (_request: Request, _io, ctx) => ({ at: ctx.event.timestamp.toISOString() }),
    });
  });
  afterAll(() => harness.close());

  it("asks the endpoint for the answer, then runs only the jobs whose filter matches", async () => {
    const delivery = await deliverHttpEndpointRequest(harness, client, {
      endpointId: "answering-endpoint",
      request: post({ kind: "order", id: 1 }),
    });
    expect(delivery.response).toMatchObject({ status: 200, body: "ok" });
    expect(delivery.answeredByEndpoint).toBe(true);
    expect(delivery.event?.name).toBe("httpendpoint.answering-endpoint");
    expect(delivery.event?.payload).toMatchObject({ method: "POST", rawBody: '{"kind":"order","id":1}' });
    expect(delivery.runs.map((run) => [run.job.id, run.status, run.output])).toEqual([
      ["on-order", "SUCCESS", { kind: "order" }],
    ]);
  });

  it("starts no run when the endpoint answers anything but 200", async () => {
    const delivery = await deliverHttpEndpointRequest(harness, client, {
      endpointId: "answering-endpoint",
      request: post({ kind: "order" }, { "x-signature": "forged" }),
    });
    expect(delivery).toMatchObject({ response: { status: 401, body: "no" }, runs: [] });
    expect(delivery.event).toBeUndefined();
  });

  it("passes the endpoint's answer back, headers included", async () => {
    const delivery = await deliverHttpEndpointRequest(harness, client, {
      endpointId: "answering-endpoint",
      request: post({ challenge: "c-42" }),
    });
    expect(delivery.response).toMatchObject({ status: 200, body: '{"challenge":"c-42"}' });
    expect(delivery.response.headers["content-type"]).toBe("application/json");
    expect(delivery.runs).toEqual([]);
  });

  it("without respondWith: answers 200 itself and the run's verify decides", async () => {
    const good = await deliverHttpEndpointRequest(harness, client, {
      endpointId: "plain",
      request: post({ kind: "x" }),
    });
    expect(good.answeredByEndpoint).toBe(false);
    expect(good.response.status).toBe(200);
    expect(good.runs.map((run) => [run.job.id, run.status])).toEqual([["on-plain", "SUCCESS"]]);
    const forged = await deliverHttpEndpointRequest(harness, client, {
      endpointId: "plain",
      request: post({ kind: "x" }, { "x-signature": "forged" }),
    });
    expect(forged.runs[0]).toMatchObject({
      status: "ERROR",
      error: { message: "Payload verification failed. bad signature" },
    });
  });

  it("a method the respondWith filter leaves out gets Trigger.dev's own empty 200 and is stored for runs", async () => {
    const raw = JSON.stringify({ kind: "order" });
    const request = new Request("https://hooks.example.test/endpoint", {
      method: "PUT",
      headers: { "content-type": "application/json", "x-signature": sign(raw) },
      body: raw,
    });
    const delivery = await deliverHttpEndpointRequest(harness, client, { endpointId: "answering-endpoint", request });
    expect(delivery).toMatchObject({ response: { status: 200, body: "" }, answeredByEndpoint: false });
    expect(delivery.event?.payload).toMatchObject({ method: "PUT", rawBody: raw });
    expect(delivery.runs.map((run) => [run.job.id, run.status])).toEqual([["on-order", "SUCCESS"]]);
  });

  it("every run of a delivery sees the time it was received as ctx.event.timestamp, on every execution", async () => {
    const delivery = await deliverHttpEndpointRequest(harness, client, { endpointId: "timed", request: post({}) });
    const received = (delivery.runs[0]?.output as { before?: string } | undefined)?.before;
    expect(delivery.runs.map((run) => [run.job.id, run.status, run.executions, run.output])).toEqual([
      ["timed-waits", "SUCCESS", 2, { before: received, after: received }],
      ["timed-at-once", "SUCCESS", 1, { at: received }],
    ]);
    expect(delivery.receivedAt.toISOString()).toBe(received);
    // The first run's wait moved the harness clock an hour past the delivery.
    expect(harness.clock.now() - delivery.receivedAt.getTime()).toBeGreaterThanOrEqual(3_600_000);
  });

  it("skipTriggeringRuns: the answer only", async () => {
    const delivery = await deliverHttpEndpointRequest(harness, client, {
      endpointId: "answer-only",
      request: post({}),
    });
    expect(delivery).toMatchObject({ response: { status: 200, body: "pong" }, answeredByEndpoint: true, runs: [] });
  });

  it("names the endpoints the client has when the id is unknown", async () => {
    const delivery = deliverHttpEndpointRequest(harness, client, { endpointId: "nope", request: post({}) });
    await expect(delivery).rejects.toThrow(RunHarnessError);
    await expect(
      deliverHttpEndpointRequest(harness, client, { endpointId: "nope", request: post({}) }),
    ).rejects.toThrow(
      /no HTTP endpoint "nope" \(its endpoints: "answering-endpoint", "plain", "answer-only", "timed"\)/,
    );
  });
});
