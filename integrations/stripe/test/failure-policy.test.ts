import { describe, expect, it } from "vitest";
import { bindToStandIn, useStripeStandIn } from "./support/stripe-stand-in.js";

const standIn = useStripeStandIn();
const charge = { amount: 1500, currency: "usd", source: "tok_visa" };

/** Runs a charge in a bound run and returns the error and Trigger.dev's answer. */
async function failedCharge(params: Record<string, unknown> = charge, options: { apiKey?: string } = {}) {
  const { stripe, tasks } = bindToStandIn(standIn(), options);
  const error = await stripe.charges.create("charge", params).then(
    () => undefined,
    (e: unknown) => e as Error & { code?: string; isRetryable?: boolean; serviceCode?: string; docsUrl?: string },
  );
  expect(error, "the task failed").toBeInstanceOf(Error);
  return {
    error: error as NonNullable<typeof error>,
    answer: tasks[0]?.answer as { retryAt?: Date; skipRetrying?: boolean } | undefined,
  };
}

const secondsUntil = (date: Date | undefined) => ((date?.getTime() ?? 0) - Date.now()) / 1000;

describe("Stripe's failures, answered as Trigger.dev should retry them", () => {
  it("a declined card is permanent, with Stripe's message, the decline code and its doc_url", async () => {
    const { error, answer } = await failedCharge({ ...charge, source: "tok_chargeDeclinedInsufficientFunds" });
    expect(answer).toMatchObject({ skipRetrying: true });
    expect(error).toMatchObject({ code: "SERVICE_ERROR", isRetryable: false, serviceCode: "card_declined" });
    expect(error.message).toContain('Stripe integration (stripe): "Create Charge" failed (HTTP 402, card_declined)');
    expect(error.message).toContain("Your card has insufficient funds (decline code: insufficient_funds;");
    expect(error.message).toContain("retrying the same card will not help");
    expect(error.docsUrl).toBe("https://stripe.com/docs/error-codes/card-declined");
  });

  it("a parameter Stripe does not take (400) and a missing object (404) are permanent", async () => {
    const unknown = await failedCharge({ ...charge, colour: "red" });
    expect(unknown.answer).toMatchObject({ skipRetrying: true });
    expect(unknown.error.message).toContain("Received unknown parameter: colour");
    const { stripe, tasks } = bindToStandIn(standIn());
    await expect(stripe.customers.retrieve("read", { id: "cus_gone" })).rejects.toThrow(/No such customer: 'cus_gone'/);
    expect(tasks[0]?.answer).toMatchObject({ skipRetrying: true });
  });

  it("a rejected key (401) is permanent and says which option to fix, without echoing the key", async () => {
    const { error, answer } = await failedCharge(charge, { apiKey: "not_a_stripe_key_2f9d" });
    expect(answer).toMatchObject({ skipRetrying: true });
    expect(error.message).toContain("`apiKey` option");
    expect(error.message).not.toContain("not_a_stripe_key_2f9d");
  });

  it("a 429 is retried a short backoff away (Stripe sends no reset header), not slept on", async () => {
    standIn().failNext("POST /v1/charges", { status: 429 });
    const started = Date.now();
    const { error, answer } = await failedCharge();
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(error.code).toBe("RATE_LIMITED");
    expect(secondsUntil(answer?.retryAt)).toBeGreaterThan(1.5);
    expect(secondsUntil(answer?.retryAt)).toBeLessThan(3.5);
  });

  it("a 429 with Retry-After (a proxy's) waits that long", async () => {
    standIn().failNext("POST /v1/charges", { status: 429, retryAfter: 20 });
    const { answer } = await failedCharge();
    expect(secondsUntil(answer?.retryAt)).toBeGreaterThan(15);
    expect(secondsUntil(answer?.retryAt)).toBeLessThan(25);
  });

  it("follows Stripe-Should-Retry: false on a 500 is permanent, true on a 400 is retried", async () => {
    standIn().failNext("POST /v1/charges", { status: 500, shouldRetry: false });
    expect((await failedCharge()).answer).toMatchObject({ skipRetrying: true });
    standIn().failNext("POST /v1/charges", { status: 400, shouldRetry: true, code: "lock_timeout" });
    const retried = await failedCharge();
    expect(retried.answer).toBeUndefined();
    expect(retried.error.isRetryable).toBe(true);
  });

  it("5xx, a 409 (the same key still running) and an edge's HTML page get the default backoff", async () => {
    standIn().failNext("POST /v1/charges", { status: 503 });
    expect((await failedCharge()).answer).toBeUndefined();
    standIn().failNext("POST /v1/charges", { status: 409 });
    expect((await failedCharge()).error.isRetryable).toBe(true);
    standIn().failNext("POST /v1/charges", { status: 502, html: true });
    const html = await failedCharge();
    expect(html.answer).toBeUndefined();
    expect(html.error.message).toContain("502 Bad Gateway");
    expect(html.error.message).not.toContain("<html");
    expect(standIn().objects("charge")).toEqual([]);
  });
});
