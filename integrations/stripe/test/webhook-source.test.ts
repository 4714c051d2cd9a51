import { createTestIO } from "@acme/integration-kit/testing";
import { startHttpSourceHarness } from "@acme/testing";
import { TriggerClient } from "@trigger.dev/sdk";
import { afterEach, describe, expect, it } from "vitest";
import { SOURCE_METADATA_KEY, Stripe, signStripePayload } from "../src/index.js";
import { registerStripeWebhook } from "../src/triggers/register-stripe-webhook.js";
import { bindToStandIn, TEST_KEY, useStripeStandIn } from "./support/stripe-stand-in.js";

const standIn = useStripeStandIn();
const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0)) await close();
});

/** A client whose jobs trigger on Stripe events, and the harness playing Trigger.dev's part for its source. */
type JobTrigger = Parameters<TriggerClient["defineJob"]>[0]["trigger"];

async function jobsOn(triggers: (stripe: Stripe) => Record<string, JobTrigger>) {
  const sources = await startHttpSourceHarness({ log: () => undefined });
  closers.push(() => sources.close());
  const client = new TriggerClient({ id: "stripe-hooks", ...sources.clientOptions });
  const stripe = new Stripe({ id: "stripe", apiKey: TEST_KEY, baseUrl: standIn().url });
  const ran: { job: string; payload: unknown; context: unknown }[] = [];
  for (const [id, trigger] of Object.entries(triggers(stripe))) {
    client.defineJob({
      id,
      name: id,
      version: "1.0.0",
      trigger,
      run: async (payload, _io, ctx) => {
        ran.push({ job: id, payload, context: ctx.event.context });
      },
    });
  }
  const [key] = (await sources.sourceKeys(client)) as [string];
  return { sources, client, key, ran };
}

const endpoints = () => standIn().objects("webhook_endpoint");

/** A delivery as Stripe sends it (the harness points it at the source's URL). */
const stripeDelivery = (body: string, signature: string) =>
  new Request("https://stripe.invalid/", {
    method: "POST",
    headers: { "content-type": "application/json", "stripe-signature": signature },
    body,
  });

describe("the Stripe webhook source", () => {
  it("registers one endpoint for the jobs' events and keeps the secret Stripe issued for it", async () => {
    const { sources, client, key } = await jobsOn((stripe) => ({
      paid: stripe.onInvoicePaid(),
      checkout: stripe.onCheckoutSession({ events: ["checkout.session.completed"] }),
    }));
    const { source } = await sources.registerSource(client, key);

    const [endpoint] = endpoints();
    expect(endpoints()).toHaveLength(1);
    expect(endpoint).toMatchObject({ url: source.url, metadata: { [SOURCE_METADATA_KEY]: source.url } });
    expect([...((endpoint?.enabled_events ?? []) as string[])].sort()).toEqual([
      "checkout.session.completed",
      "invoice.paid",
    ]);
    expect(source.secret).toBe(standIn().webhookSecret(endpoint?.id as string));
    expect(source.data).toEqual({
      id: endpoint?.id,
      url: source.url,
      events: endpoint?.enabled_events,
      secretIssued: true,
    });
    expect(JSON.stringify(source.data)).not.toContain("whsec_");
  });

  it("runs the job a signed delivery is for, with the event's object as payload, and nothing for a forged one", async () => {
    const { sources, client, key, ran } = await jobsOn((stripe) => ({
      paid: stripe.onInvoicePaid(),
      refunded: stripe.onChargeRefunded(),
    }));
    const { source } = await sources.registerSource(client, key);
    const invoice = { id: "in_1", object: "invoice", status: "paid", amount_paid: 4200 };
    const body = JSON.stringify({
      id: "evt_1",
      object: "event",
      type: "invoice.paid",
      api_version: "2026-10-28.endive",
      created: 1_780_000_000,
      livemode: false,
      data: { object: invoice },
      request: { id: "req_1", idempotency_key: null },
    });
    const delivered = await sources.deliverWebhook(client, {
      key,
      request: stripeDelivery(body, await signStripePayload(body, source.secret)),
    });
    expect(delivered.handlerResponse.status).toBe(200);
    expect(ran).toEqual([
      {
        job: "paid",
        payload: invoice,
        context: expect.objectContaining({ apiVersion: "2026-10-28.endive", livemode: false, account: null }),
      },
    ]);

    const tampered = body.replace("4200", "1").replace("evt_1", "evt_2");
    const forged = await sources.deliverWebhook(client, {
      key,
      request: stripeDelivery(tampered, await signStripePayload(tampered, "whsec_forged")),
    });
    expect(forged.handlerResponse.status).toBe(401);
    expect(ran).toHaveLength(1);
  });

  it("adds a new job's events to the endpoint it registered, in place", async () => {
    const first = await jobsOn((stripe) => ({ paid: stripe.onInvoicePaid() }));
    await first.sources.registerSource(first.client, first.key);
    const [endpoint] = endpoints();
    // The same source, registered again with one more event, as when a job is added.
    first.client.defineJob({
      id: "failed",
      name: "failed",
      version: "1.0.0",
      trigger: new Stripe({ id: "stripe", apiKey: TEST_KEY, baseUrl: standIn().url }).onInvoicePaymentFailed(),
      run: async () => undefined,
    });
    const { source } = await first.sources.registerSource(first.client, first.key);
    expect(endpoints().map((e) => e.id)).toEqual([endpoint?.id]);
    expect([...((endpoints()[0]?.enabled_events ?? []) as string[])].sort()).toEqual([
      "invoice.paid",
      "invoice.payment_failed",
    ]);
    expect(source.secret).toBe(standIn().webhookSecret(endpoint?.id as string));
    expect(
      standIn()
        .requests.filter((r) => r.method === "POST")
        .map((r) => r.route),
    ).toEqual(["POST /v1/webhook_endpoints", "POST /v1/webhook_endpoints/{webhook_endpoint}"]);
  });

  it("replaces an endpoint whose secret nobody knows, found among every page of endpoints", async () => {
    const { sources, client, key } = await jobsOn((stripe) => ({ paid: stripe.onInvoicePaid() }));
    const url = `http://127.0.0.1/stale/${key}`;
    standIn().seed("webhook_endpoint", {
      url,
      enabled_events: ["invoice.paid"],
      metadata: { [SOURCE_METADATA_KEY]: url },
    });
    for (let n = 0; n < 150; n++) standIn().seed("webhook_endpoint", { url: `https://example.com/other/${n}` });

    const { source } = await sources.registerSource(client, key, { url });
    const ours = endpoints().filter((e) => e.url === url);
    expect(ours).toHaveLength(1);
    expect(source.secret).toBe(standIn().webhookSecret(ours[0]?.id as string));
    expect(endpoints()).toHaveLength(151);
    const lists = standIn().requests.filter((r) => r.route === "GET /v1/webhook_endpoints");
    expect(lists).toHaveLength(2);
  });

  it("a re-executed registration whose create came from Trigger.dev's cache fails, and the next one replaces that endpoint", async () => {
    // Trigger.dev answers finished tasks from its cache without running them: the first run's
    // endpoint exists, but the secret Stripe returned with it was never kept (outputs hold no secret).
    const url = "https://hooks.example.com/stripe";
    const first = await bindToStandIn(standIn()).stripe.webhookEndpoints.create("made-earlier", {
      url,
      enabled_events: ["invoice.paid"],
    });
    const cache: Record<string, unknown> = {
      "list-webhooks": { object: "list", data: [], has_more: false, url: "/v1/webhook_endpoints" },
      "create-webhook": { id: first.id, url, enabled_events: ["invoice.paid"] },
    };
    const registration = (cached: Record<string, unknown>) => {
      const { io } = createTestIO();
      const replaying = {
        ...io,
        runTask: (key: string, ...rest: unknown[]) =>
          key in cached
            ? Promise.resolve(cached[key])
            : (io.runTask as (...a: unknown[]) => Promise<unknown>)(key, ...rest),
      } as unknown as typeof io;
      const stripe = new Stripe({ id: "stripe", apiKey: TEST_KEY, baseUrl: standIn().url }).cloneForRun(
        replaying,
        "stripe",
      );
      return registerStripeWebhook(
        {
          params: {},
          source: { url, secret: "trigger-generated", active: false },
          options: { event: { desired: ["invoice.paid"] } },
        },
        { integration: stripe } as never,
      );
    };
    await expect(registration(cache)).rejects.toThrow(/came back without its signing secret/);
    const registered = await registration({});
    expect(endpoints().map((e) => e.id)).toEqual([registered.data.id]);
    expect(registered.data.id).not.toBe(first.id);
    expect(registered.secret).toBe(standIn().webhookSecret(String(registered.data.id)));
  });

  it("registers Connect endpoints for connected accounts' events", async () => {
    const { sources, client, key } = await jobsOn((stripe) => ({ account: stripe.onAccountUpdated() }));
    await sources.registerSource(client, key);
    expect(standIn().requests.find((r) => r.route === "POST /v1/webhook_endpoints")?.params).toMatchObject({
      connect: "true",
      enabled_events: { 0: "account.updated" },
    });
  });
});
