import { Stripe } from "@acme/stripe";
import { type StripeStandIn, startStripeStandIn } from "@acme/stripe-standin";
import { type RunHarness, startRunHarness } from "@acme/testing";
import type { TriggerClient } from "@trigger.dev/sdk";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { triggerSdks } from "./trigger-sdks.js";

const KEY = "sk_test_e2e_stripe_0007";

describe.each(triggerSdks)("Stripe jobs run by $alias $version", (sdk) => {
  let stripe: StripeStandIn;
  let harness: RunHarness;
  let client: TriggerClient;

  beforeAll(async () => {
    stripe = await startStripeStandIn();
    harness = await startRunHarness({ log: (line) => console.error(line) });
    client = new sdk.TriggerClient({ id: "e2e-stripe", ...harness.clientOptions });
    const integrations = { stripe: new Stripe({ id: "stripe", apiKey: KEY, baseUrl: stripe.url }) };
    client.defineJob({
      id: "checkout",
      name: "Checkout",
      version: "1.0.0",
      trigger: sdk.eventTrigger({ name: "cart.ready" }),
      integrations,
      run: async (payload: { email: string; price: string }, io) => {
        const customer = await io.stripe.createCustomer("customer", { email: payload.email });
        const session = await io.stripe.checkout.sessions.create("session", {
          mode: "payment",
          customer: customer.id,
          line_items: [{ price: payload.price, quantity: 2 }],
          success_url: "https://example.com/thanks",
        });
        return { customer: customer.id, url: session.url };
      },
    });
    client.defineJob({
      id: "charge",
      name: "Charge",
      version: "1.0.0",
      trigger: sdk.eventTrigger({ name: "order.placed" }),
      integrations,
      run: async (payload: { amount: number; source: string }, io) => {
        const charge = await io.stripe.charges.create("charge", { ...payload, currency: "usd" });
        return { charge: charge.id, paid: charge.paid };
      },
    });
  });
  beforeEach(() => stripe.reset());
  afterAll(async () => {
    await harness.close();
    await stripe.close();
  });

  it("creates a customer and a Checkout Session, each POST keyed by its task", async () => {
    const result = await harness.runJob(client, "checkout", { email: "jenny@example.com", price: "price_123" });

    expect(result.status).toBe("SUCCESS");
    const [session] = stripe.objects("checkout.session");
    expect(result.output).toEqual({ customer: stripe.objects("customer")[0]?.id, url: session?.url });
    expect(result.tasks.map((t) => [t.name, t.icon, t.status])).toEqual([
      ["Create Customer", "stripe", "COMPLETED"],
      ["Create Checkout Session", "stripe", "COMPLETED"],
    ]);
    expect(stripe.requests.map((r) => [r.route, r.idempotencyKey, r.stripeVersion])).toEqual([
      ["POST /v1/customers", result.tasks[0]?.idempotencyKey, "2026-10-28.endive"],
      ["POST /v1/checkout/sessions", result.tasks[1]?.idempotencyKey, "2026-10-28.endive"],
    ]);
    expect(JSON.stringify(result)).not.toContain(KEY);
  });

  it("charges once when the first answer is lost: the task's retry gets Stripe's first answer", async () => {
    stripe.failNext("POST /v1/charges", { loseResponse: true });
    const result = await harness.runJob(client, "charge", { amount: 4200, source: "tok_visa" });

    expect(result.status).toBe("SUCCESS");
    const charges = stripe.objects("charge");
    expect(charges).toHaveLength(1);
    expect(result.output).toEqual({ charge: charges[0]?.id, paid: true });
    const [task] = result.tasks;
    expect(task?.attempts.map((a) => a.status)).toEqual(["RETRYING", "COMPLETED"]);
    expect(stripe.requests.map((r) => [r.idempotencyKey, r.delivery ?? "answered", r.replayed])).toEqual([
      [task?.idempotencyKey, "lost", false],
      [task?.idempotencyKey, "answered", true],
    ]);
  });

  it("retries a 429 at the retryAt it answered, a couple of seconds later, then succeeds", async () => {
    stripe.failNext("POST /v1/charges", { status: 429 });
    const result = await harness.runJob(client, "charge", { amount: 100, source: "tok_visa" });

    expect(result.status).toBe("SUCCESS");
    const [first, second] = result.tasks[0]?.attempts ?? [];
    expect([first?.status, second?.status]).toEqual(["RETRYING", "COMPLETED"]);
    const wait = (first?.retryAt?.getTime() ?? 0) - (first?.startedAt.getTime() ?? 0);
    expect(wait).toBeGreaterThan(1_500);
    expect(wait).toBeLessThan(4_000);
    expect(stripe.objects("charge")).toHaveLength(1);
  });

  it("fails a declined card at once, with the decline code, and never tries the card again", async () => {
    const result = await harness.runJob(client, "charge", {
      amount: 100,
      source: "tok_chargeDeclinedInsufficientFunds",
    });

    expect(result.status).toBe("ERROR");
    expect(result.tasks[0]?.attempts.map((a) => a.status)).toEqual(["ERRORED"]);
    expect(result.error?.message).toContain("decline code: insufficient_funds");
    expect(stripe.requests).toHaveLength(1);
  });
});
