import Stripe from "stripe";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type StripeStandIn, startStripeStandIn } from "../src/index.js";

let standIn: StripeStandIn;
beforeAll(async () => {
  standIn = await startStripeStandIn();
});
beforeEach(() => standIn.reset());
afterAll(() => standIn.close());

/** The real SDK pointed at the stand-in, its own retries off. */
const client = (key = "sk_test_standin_0001", config: Stripe.StripeConfig = {}) => {
  const { port } = new URL(standIn.url);
  return new Stripe(key, {
    host: "127.0.0.1",
    port: Number(port),
    protocol: "http",
    maxNetworkRetries: 0,
    httpClient: Stripe.createFetchHttpClient(),
    ...config,
  });
};
const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (error: unknown) => error as Stripe.errors.StripeError,
  );

describe("requests are checked against Stripe's OpenAPI description", () => {
  it("refuses a parameter the endpoint does not take, as Stripe does", async () => {
    const error = await failure(
      client().customers.create({ email: "a@example.com", stripeAccount: "acct_1" } as Stripe.CustomerCreateParams),
    );
    expect(error).toMatchObject({ statusCode: 400, param: "stripeAccount", code: "parameter_unknown" });
    expect(error?.message).toBe("Received unknown parameter: stripeAccount");
    expect(standIn.objects("customer")).toEqual([]);
  });

  it("refuses a missing required parameter, a wrong type and a value outside an enum, nested ones too", async () => {
    const stripe = client();
    const noEvents = { url: "https://example.com/hook" } as Stripe.WebhookEndpointCreateParams;
    expect(await failure(stripe.webhookEndpoints.create(noEvents))).toMatchObject({
      statusCode: 400,
      code: "parameter_missing",
      message: "Missing required param: enabled_events.",
    });
    expect(await failure(stripe.charges.create({ amount: "ten" as unknown as number, currency: "usd" }))).toMatchObject(
      { code: "parameter_invalid_integer", param: "amount" },
    );
    expect(
      await failure(
        stripe.checkout.sessions.create({
          mode: "payment",
          line_items: [
            { price: "price_1", quantity: 1, colour: "red" } as Stripe.Checkout.SessionCreateParams.LineItem,
          ],
        }),
      ),
    ).toMatchObject({ param: "line_items[0][colour]", code: "parameter_unknown" });
    expect(
      await failure(stripe.checkout.sessions.create({ mode: "rent" as Stripe.Checkout.SessionCreateParams.Mode })),
    ).toMatchObject({ param: "mode" });
  });

  it("accepts nested form parameters, arrays and metadata, and answers with the stored object", async () => {
    const session = await client().checkout.sessions.create({
      mode: "subscription",
      success_url: "https://example.com/ok",
      line_items: [
        { price: "price_1", quantity: 2 },
        { price: "price_2", quantity: 1 },
      ],
      metadata: { order: "42" },
      expand: ["line_items"],
    });
    expect(session).toMatchObject({ object: "checkout.session", mode: "subscription", metadata: { order: "42" } });
    expect(session.id).toMatch(/^cs_/);
    expect(standIn.requests.at(-1)?.params).toMatchObject({
      line_items: { 0: { price: "price_1", quantity: "2" }, 1: { price: "price_2", quantity: "1" } },
    });
  });

  it("refuses an unknown path, a missing key and a malformed API version", async () => {
    expect(await failure(client().rawRequest("GET", "/v1/nothing_here"))).toMatchObject({ statusCode: 400 });
    const anonymous = await fetch(`${standIn.url}/v1/customers`);
    expect(anonymous.status).toBe(401);
    expect(
      await failure(client("sk_test_1", { apiVersion: "yesterday" as Stripe.LatestApiVersion }).balance.retrieve()),
    ).toMatchObject({ statusCode: 400, message: "Invalid Stripe API version: yesterday" });
  });
});

describe("objects are state", () => {
  it("creates, reads, updates, lists page by page, searches and deletes customers", async () => {
    const stripe = client();
    const created = [];
    for (const n of [1, 2, 3, 4, 5])
      created.push(await stripe.customers.create({ email: `c${n}@example.com`, metadata: { n: String(n) } }));
    const [first] = created;
    expect(await stripe.customers.retrieve(first?.id as string)).toMatchObject({ email: "c1@example.com" });
    await stripe.customers.update(first?.id as string, { name: "First" });
    const page = await stripe.customers.list({ limit: 2 });
    expect(page.data.map((c) => c.email)).toEqual(["c5@example.com", "c4@example.com"]);
    expect(page.has_more).toBe(true);
    const next = await stripe.customers.list({ limit: 10, starting_after: page.data[1]?.id });
    expect(next.data.map((c) => c.email)).toEqual(["c3@example.com", "c2@example.com", "c1@example.com"]);
    expect(next.has_more).toBe(false);
    const found = await stripe.customers.search({ query: "metadata['n']:'3'" });
    expect(found.data.map((c) => c.email)).toEqual(["c3@example.com"]);
    expect(await stripe.customers.del(first?.id as string)).toMatchObject({ deleted: true });
    expect(await failure(stripe.customers.retrieve(first?.id as string))).toMatchObject({
      statusCode: 404,
      code: "resource_missing",
    });
  });

  it("keeps a Connect account's objects apart, by the Stripe-Account header", async () => {
    await client().customers.create({ email: "platform@example.com" }, { stripeAccount: "acct_1Connected" });
    expect(standIn.objects("customer")).toEqual([]);
    expect(standIn.objects("customer", "acct_1Connected").map((c) => c.email)).toEqual(["platform@example.com"]);
    expect(standIn.requests.at(-1)?.stripeAccount).toBe("acct_1Connected");
  });

  it("records the events Stripe would send", async () => {
    const stripe = client();
    const intent = await stripe.paymentIntents.create({
      amount: 1200,
      currency: "usd",
      payment_method: "pm_card_visa",
    });
    await stripe.paymentIntents.confirm(intent.id);
    const events = await stripe.events.list();
    expect(events.data.map((e) => e.type)).toEqual(["payment_intent.succeeded", "payment_intent.created"]);
  });
});

describe("idempotency, as Stripe keeps it", () => {
  it("replays the first answer for a repeated key, acting once", async () => {
    const stripe = client();
    const first = await stripe.charges.create(
      { amount: 500, currency: "usd", source: "tok_visa" },
      { idempotencyKey: "k1" },
    );
    const again = await stripe.charges.create(
      { amount: 500, currency: "usd", source: "tok_visa" },
      { idempotencyKey: "k1" },
    );
    expect(again.id).toBe(first.id);
    expect(standIn.objects("charge")).toHaveLength(1);
    expect(standIn.requests.map((r) => r.replayed)).toEqual([false, true]);
  });

  it("refuses a repeated key with other parameters", async () => {
    const stripe = client();
    await stripe.customers.create({ email: "a@example.com" }, { idempotencyKey: "k2" });
    const error = await failure(stripe.customers.create({ email: "b@example.com" }, { idempotencyKey: "k2" }));
    expect(error).toMatchObject({ statusCode: 400, type: "StripeIdempotencyError" });
  });

  it("performs a create whose answer it then loses; the repeat gets the first answer", async () => {
    const stripe = client();
    standIn.failNext("POST /v1/charges", { loseResponse: true });
    const params = { amount: 900, currency: "usd", source: "tok_visa" };
    expect(await failure(stripe.charges.create(params, { idempotencyKey: "k3" }))).toMatchObject({
      type: "StripeConnectionError",
    });
    expect(standIn.objects("charge")).toHaveLength(1);
    const retried = await stripe.charges.create(params, { idempotencyKey: "k3" });
    expect(retried.id).toBe(standIn.objects("charge")[0]?.id);
    expect(standIn.objects("charge")).toHaveLength(1);
    expect(standIn.requests.map((r) => [r.delivery, r.replayed])).toEqual([
      ["lost", false],
      [undefined, true],
    ]);
  });

  it("without a key, the same lost answer and repeat make two charges: the check can fail", async () => {
    const stripe = client();
    standIn.failNext("POST /v1/charges", { loseResponse: true });
    const params = { amount: 900, currency: "usd", source: "tok_visa" };
    await failure(stripe.charges.create(params, { idempotencyKey: undefined }));
    await stripe.charges.create(params);
    expect(standIn.objects("charge")).toHaveLength(2);
  });
});

describe("failures on demand, as Stripe sends them", () => {
  it("declines Stripe's test cards with 402 card_declined and its decline code, and keeps that answer for the key", async () => {
    const stripe = client();
    const params = { amount: 700, currency: "usd", source: "tok_chargeDeclinedInsufficientFunds" };
    const error = await failure(stripe.charges.create(params, { idempotencyKey: "k4" }));
    expect(error).toMatchObject({
      statusCode: 402,
      type: "StripeCardError",
      code: "card_declined",
      decline_code: "insufficient_funds",
      doc_url: "https://stripe.com/docs/error-codes/card-declined",
    });
    expect(await failure(stripe.charges.create(params, { idempotencyKey: "k4" }))).toMatchObject({ statusCode: 402 });
    expect(standIn.objects("charge").map((c) => c.status)).toEqual(["failed"]);
  });

  it("answers 429 with Stripe's retry headers, 5xx, an HTML page and a dropped connection, acting on none", async () => {
    const stripe = client();
    standIn.failNext("POST /v1/customers", { status: 429, shouldRetry: true, retryAfter: 2 });
    const limited = await failure(stripe.customers.create({}));
    expect(limited).toMatchObject({ statusCode: 429, type: "StripeRateLimitError", code: "rate_limit" });
    expect(limited?.headers).toMatchObject({ "stripe-should-retry": "true", "retry-after": "2" });
    standIn.failNext("*", { status: 500, shouldRetry: false });
    expect(await failure(stripe.customers.create({}))).toMatchObject({ statusCode: 500, type: "StripeAPIError" });
    standIn.failNext("*", { status: 502, html: true });
    expect(await failure(stripe.customers.create({}))).toMatchObject({ type: "StripeAPIError" });
    standIn.failNext("*", { disconnect: true });
    expect(await failure(stripe.customers.create({}))).toMatchObject({ type: "StripeConnectionError" });
    expect(standIn.objects("customer")).toEqual([]);
  });

  it("shows a webhook endpoint's signing secret only in the answer to its creation", async () => {
    const stripe = client();
    const endpoint = await stripe.webhookEndpoints.create({
      url: "https://example.com/hook",
      enabled_events: ["charge.succeeded"],
    });
    expect(endpoint.secret).toMatch(/^whsec_/);
    expect(standIn.webhookSecret(endpoint.id)).toBe(endpoint.secret);
    expect((await stripe.webhookEndpoints.retrieve(endpoint.id)).secret).toBeUndefined();
    expect((await stripe.webhookEndpoints.list()).data[0]?.secret).toBeUndefined();
  });
});
