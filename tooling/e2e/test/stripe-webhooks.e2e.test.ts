import { Stripe, signStripePayload } from "@acme/stripe";
import { type StripeStandIn, startStripeStandIn } from "@acme/stripe-standin";
import { type HttpSourceHarness, startHttpSourceHarness } from "@acme/testing";
import type { TriggerClient } from "@trigger.dev/sdk";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { triggerSdks } from "./trigger-sdks.js";

describe.each(triggerSdks)("A Stripe webhook delivery, through $alias $version", (sdk) => {
  let stripe: StripeStandIn;
  let sources: HttpSourceHarness;
  let client: TriggerClient;
  const fulfilled: unknown[] = [];

  beforeAll(async () => {
    stripe = await startStripeStandIn();
    sources = await startHttpSourceHarness({ log: (line) => console.error(line) });
    client = new sdk.TriggerClient({ id: "e2e-stripe-hooks", ...sources.clientOptions });
    const integration = new Stripe({ id: "stripe", apiKey: "sk_test_e2e_hooks_0008", baseUrl: stripe.url });
    client.defineJob({
      id: "fulfil",
      name: "Fulfil order",
      version: "1.0.0",
      trigger: integration.onCheckoutSessionCompleted(),
      integrations: { stripe: integration },
      run: async (session, io) => {
        const customer = await io.stripe.customers.retrieve("customer", { id: session.customer as string });
        fulfilled.push({ session: session.id, email: "email" in customer ? customer.email : null });
      },
    });
  });
  afterAll(async () => {
    await sources.close();
    await stripe.close();
  });

  it("registers the endpoint, verifies a signed event with the secret Stripe issued, and runs the job once", async () => {
    const [key] = (await sources.sourceKeys(client)) as [string];
    const { source } = await sources.registerSource(client, key);
    const [endpoint] = stripe.objects("webhook_endpoint");
    expect(endpoint?.enabled_events).toEqual(["checkout.session.completed"]);

    const customer = stripe.seed("customer", { email: "jenny@example.com" });
    const body = JSON.stringify({
      id: "evt_checkout_1",
      object: "event",
      type: "checkout.session.completed",
      api_version: "2026-10-28.endive",
      created: Math.floor(Date.now() / 1000),
      livemode: false,
      data: { object: { id: "cs_1", object: "checkout.session", customer: customer.id, status: "complete" } },
    });
    const signature = await signStripePayload(body, source.secret);
    const delivery = () => ({
      key,
      request: new Request("https://stripe.invalid/", {
        method: "POST",
        headers: { "content-type": "application/json", "stripe-signature": signature },
        body,
      }),
    });
    const first = await sources.deliverWebhook(client, delivery());
    expect(first.runs.map((run) => run.status)).toEqual(["SUCCESS"]);
    expect(fulfilled).toEqual([{ session: "cs_1", email: "jenny@example.com" }]);
    // Stripe retries a delivery it thinks failed: the same event id runs nothing again.
    const again = await sources.deliverWebhook(client, delivery());
    expect(again.runs).toEqual([]);
    expect(fulfilled).toHaveLength(1);
  });
});
