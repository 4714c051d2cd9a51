import { describe, expect, it } from "vitest";
import { bindToStandIn, useStripeStandIn } from "./support/stripe-stand-in.js";

const standIn = useStripeStandIn();
const charge = { amount: 4200, currency: "usd", source: "tok_visa", description: "Order 42" };

describe("a charge whose answer was lost is created once, however often the task is retried", () => {
  it("the retry sends the same Idempotency-Key and gets the first charge back from Stripe", async () => {
    standIn().failNext("POST /v1/charges", { loseResponse: true });
    const first = bindToStandIn(standIn(), { attempt: 1 });
    await expect(first.stripe.charges.create("charge", charge)).rejects.toThrow(/no answer came/);
    expect(first.tasks[0]?.answer, "default backoff: Trigger.dev retries it").toBeUndefined();
    expect(standIn().objects("charge")).toHaveLength(1);

    const retry = bindToStandIn(standIn(), { attempt: 2 });
    const created = await retry.stripe.charges.create("charge", charge);
    expect(standIn().objects("charge")).toHaveLength(1);
    expect(created.id).toBe(standIn().objects("charge")[0]?.id);
    expect(standIn().requests.map((r) => [r.idempotencyKey, r.delivery ?? "answered", r.replayed])).toEqual([
      ["task_1", "lost", false],
      ["task_1", "answered", true],
    ]);
  });

  it("still once after three lost answers and a timeout: every try of the task is one request, with one key", async () => {
    standIn().failNext("POST /v1/charges", { loseResponse: true }, 3);
    standIn().failNext("POST /v1/charges", { slowResponse: 1_500 });
    for (const attempt of [1, 2, 3]) {
      const { stripe } = bindToStandIn(standIn(), { attempt });
      await expect(stripe.charges.create("charge", charge)).rejects.toThrow();
    }
    const slow = bindToStandIn(standIn(), { attempt: 4, timeoutMs: 300 });
    await expect(slow.stripe.charges.create("charge", charge)).rejects.toThrow(/within 300 ms/);
    expect(slow.tasks[0]?.answer).toBeUndefined();
    const last = await bindToStandIn(standIn(), { attempt: 5 }).stripe.charges.create("charge", charge);
    expect(
      standIn()
        .objects("charge")
        .map((c) => c.id),
    ).toEqual([last.id]);
    expect(standIn().requests).toHaveLength(5);
    expect(new Set(standIn().requests.map((r) => r.idempotencyKey))).toEqual(new Set(["task_1"]));
  });

  it("a payment intent confirmed at creation is paid once too", async () => {
    const params = { amount: 2000, currency: "usd", payment_method: "pm_card_visa", confirm: true };
    standIn().failNext("POST /v1/payment_intents", { loseResponse: true });
    await expect(bindToStandIn(standIn()).stripe.paymentIntents.create("pay", params)).rejects.toThrow();
    const paid = await bindToStandIn(standIn(), { attempt: 2 }).stripe.paymentIntents.create("pay", params);
    expect(paid.status).toBe("succeeded");
    expect(
      standIn()
        .objects("payment_intent")
        .map((p) => p.id),
    ).toEqual([paid.id]);
  });

  it("a decline is Stripe's answer for the key: the retry gets the same decline, not a second attempt", async () => {
    const declined = { ...charge, source: "tok_chargeDeclined" };
    standIn().failNext("POST /v1/charges", { loseResponse: true });
    await expect(bindToStandIn(standIn()).stripe.charges.create("charge", declined)).rejects.toThrow();
    const retry = bindToStandIn(standIn(), { attempt: 2 });
    await expect(retry.stripe.charges.create("charge", declined)).rejects.toThrow(/card was declined/);
    expect(retry.tasks[0]?.answer).toMatchObject({ skipRetrying: true });
    expect(
      standIn()
        .objects("charge")
        .map((c) => c.status),
    ).toEqual(["failed"]);
  });

  it("without the key (the SDK alone, retried twice by hand), the same lost answer makes two charges: the test can fail", async () => {
    const stripe = bindToStandIn(standIn()).stripe.native;
    standIn().failNext("POST /v1/charges", { loseResponse: true });
    await stripe?.charges.create(charge).catch(() => undefined);
    await stripe?.charges.create(charge);
    expect(standIn().objects("charge")).toHaveLength(2);
  });
});
