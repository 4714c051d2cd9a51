import { createTestIO } from "@acme/integration-kit/testing";
import { type StripeStandIn, startStripeStandIn } from "@acme/stripe-standin";
import { afterAll, beforeAll, beforeEach } from "vitest";
import { Stripe, type StripeOptions } from "../../src/index.js";

/** The secret key tests use: a canary, so any leak of it is easy to find. */
export const TEST_KEY = "sk_test_canary_4eC39HqLyjWDarjtT1zdp7dc";

/** Starts one stand-in for the test file, forgetting its objects and requests before each test. */
export function useStripeStandIn(): () => StripeStandIn {
  let standIn: StripeStandIn | undefined;
  beforeAll(async () => {
    standIn = await startStripeStandIn();
  });
  beforeEach(() => standIn?.reset());
  afterAll(() => standIn?.close());
  return () => {
    if (!standIn) throw new Error("the Stripe stand-in has not started");
    return standIn;
  };
}

/** Settings of one bound integration. */
export interface BindOptions extends Partial<Omit<StripeOptions, "id" | "baseUrl">> {
  /** Which try of the task this is (Trigger.dev re-runs a failed task with the same idempotency key). */
  readonly attempt?: number;
}

/** A `Stripe` bound to a test run, talking to the stand-in with the real `stripe` SDK. */
export function bindToStandIn(standIn: StripeStandIn, options: BindOptions = {}) {
  const { attempt, ...rest } = options;
  const { io, tasks } = createTestIO({ attempt });
  const stripe = new Stripe({ id: "stripe", apiKey: TEST_KEY, baseUrl: standIn.url, ...rest }).cloneForRun(
    io,
    "stripe",
  );
  return { stripe, tasks };
}
