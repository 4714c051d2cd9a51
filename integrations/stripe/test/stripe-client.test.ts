import { inspect } from "node:util";
import {
  catchServiceError,
  type DeclaredTask,
  type ServiceError,
  specOf,
  TaskOutsideRunError,
  tasksOf,
} from "@acme/integration-kit";
import { describe, expect, it } from "vitest";
import { StripeClient, type StripeClientOptions } from "../src/client.js";
import { Stripe } from "../src/index.js";
import { TEST_KEY, useStripeStandIn } from "./support/stripe-stand-in.js";
import { THEIR_ALIASES } from "./support/their-aliases.js";

const standIn = useStripeStandIn();
const client = (options: Partial<StripeClientOptions> = {}) =>
  new StripeClient({ token: TEST_KEY, baseUrl: standIn().url, ...options });
const failureOf = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (error: unknown) => error as ServiceError,
  );
const charge = { amount: 4200, currency: "usd", source: "tok_visa" };

describe("StripeClient (Trigger.dev v4, plain Node)", () => {
  it("has the v2 class's groups and tasks, built from the same declarations, and its 8 aliases", async () => {
    const names = (tasks: ReturnType<typeof tasksOf>) => tasks.map((t) => `${t.group}.${t.name}:${t.spec.name}`);
    const v2 = new Stripe({ id: "stripe", apiKey: TEST_KEY });
    expect(names(tasksOf(client()))).toEqual(names(tasksOf(v2)));
    const plain = client() as unknown as Record<string, DeclaredTask<unknown, unknown>>;
    for (const alias of THEIR_ALIASES) {
      const refused = await (v2 as unknown as Record<string, (k: string, p: object) => Promise<unknown>>)[alias]
        ?.call(v2, "key", { id: "x" })
        .catch((error: unknown) => error);
      expect(refused, alias).toBeInstanceOf(TaskOutsideRunError);
      expect(specOf(plain[alias] as DeclaredTask<unknown, unknown>).name).toBe(
        (refused as Error).message.match(/the task "([^"]+)"/)?.[1],
      );
    }
  });

  it("creates a charge once across a v4 re-run after a lost answer, given the run's idempotencyKey", async () => {
    const stripe = client();
    const options = { idempotencyKey: "run_42:charge" };
    standIn().failNext("POST /v1/charges", { loseResponse: true });
    const lost = await failureOf(stripe.charges.create(charge, options));
    expect(lost?.verdict).toEqual({ kind: "transient" });
    const again = await stripe.createCharge(charge, options);
    expect(
      standIn()
        .objects("charge")
        .map((c) => c.id),
    ).toEqual([again.id]);
    expect(standIn().requests.map((r) => [r.idempotencyKey, r.replayed])).toEqual([
      ["run_42:charge", false],
      ["run_42:charge", true],
    ]);
  });

  it("without an idempotencyKey, a create whose answer was lost is not retried: it may exist", async () => {
    standIn().failNext("POST /v1/charges", { loseResponse: true });
    const error = await failureOf(client().charges.create(charge));
    expect(error?.verdict).toEqual({ kind: "permanent" });
    expect(error?.message).toMatch(/may already have acted on it.*Pass `idempotencyKey`/);
    // Only the SDK's own random key, which no later call repeats.
    expect(standIn().requests[0]?.idempotencyKey).toMatch(/^stripe-node-retry-/);
  });

  it("answers v4's catchError with Stripe's verdicts: a decline skips retrying, a 429 retries a short backoff away", async () => {
    const stripe = client();
    const declined = await failureOf(stripe.charges.create({ ...charge, source: "tok_chargeDeclined" }));
    expect(catchServiceError({ error: declined })).toMatchObject({ skipRetrying: true });
    standIn().failNext("POST /v1/customers", { status: 429 });
    const limited = await failureOf(stripe.customers.create({ email: "a@example.com" }));
    const answer = catchServiceError({ error: limited }) as { retryAt?: Date };
    expect((answer.retryAt?.getTime() ?? 0) - Date.now()).toBeGreaterThan(1_000);
    expect(inspect([declined, limited], { depth: 12 })).not.toContain(TEST_KEY);
  });

  it("asks a token function before every call, and sends the Connect account as a header", async () => {
    let minted = 0;
    const stripe = client({ token: () => `sk_test_rotating_${++minted}`, stripeAccount: "acct_1Default" });
    await stripe.customers.create({ email: "a@example.com" });
    await stripe.customers.create({ email: "b@example.com", stripeAccount: "acct_1Other" });
    expect(standIn().requests.map((r) => [r.apiKey, r.stripeAccount])).toEqual([
      ["sk_test_rotating_1", "acct_1Default"],
      ["sk_test_rotating_2", "acct_1Other"],
    ]);
  });

  it("gives the stripe client the tasks use for anything no task covers", async () => {
    const stripe = client();
    const sdk = await stripe.native();
    expect(await stripe.native()).toBe(sdk);
    expect(await sdk.balance.retrieve()).toMatchObject({ object: "balance" });
  });
});
