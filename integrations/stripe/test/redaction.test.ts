import { inspect } from "node:util";
import { describe, expect, it } from "vitest";
import { bindToStandIn, TEST_KEY, useStripeStandIn } from "./support/stripe-stand-in.js";

const standIn = useStripeStandIn();

/** Everything a run shows: the tasks' options (params, properties), outputs and errors, deeply. */
const shown = (value: unknown) => inspect(value, { depth: 12, showHidden: true, getters: true });

describe("the secret key never shows", () => {
  it("in a failed task's error (the SDK's own error and its headers included), params or properties", async () => {
    standIn().failNext("POST /v1/charges", { status: 500 });
    const { stripe, tasks } = bindToStandIn(standIn());
    const error = await stripe.charges.create("charge", { amount: 100, currency: "usd" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect(shown([error, tasks])).not.toContain(TEST_KEY);
    expect(standIn().requests[0]?.apiKey).toBe(TEST_KEY); // it was sent, to Stripe only
  });

  it("in an output that echoes it (someone once stored it in a description)", async () => {
    const stored = standIn().seed("customer", { description: `key ${TEST_KEY}`, metadata: { note: TEST_KEY } });
    const { stripe, tasks } = bindToStandIn(standIn());
    const customer = await stripe.customers.retrieve("echo", { id: stored.id });
    expect(customer).toMatchObject({ description: "key [REDACTED]", metadata: { note: "[REDACTED]" } });
    expect(shown(tasks)).not.toContain(TEST_KEY);
  });

  it("nor a webhook endpoint's signing secret, which Stripe returns once, in the output Trigger.dev stores", async () => {
    const { stripe, tasks } = bindToStandIn(standIn());
    const endpoint = await stripe.createWebhook("hook", {
      url: "https://example.com/hook",
      enabled_events: ["invoice.paid"],
    });
    const secret = standIn().webhookSecret(endpoint.id) as string;
    expect(secret).toMatch(/^whsec_/);
    expect(endpoint.secret).toBe("[REDACTED]");
    expect(shown(tasks)).not.toContain(secret);
  });
});
