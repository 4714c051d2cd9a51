/**
 * Compiled by `tsc` in `typecheck`, never run: a job written against `@trigger.dev/stripe@2.3.19`
 * keeps compiling when `io.stripe` is our Stripe instead.
 */
import type { Stripe as TheirStripe } from "@trigger.dev/stripe";
import type { Stripe, StripeTriggerName } from "../src/index.js";
import type { THEIR_ALIASES } from "./support/their-aliases.js";

/** Fails to compile unless `A` and `B` are the same type. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
/** What a job body can touch on a class: its public members (private ones make classes nominal). */
type Public<T> = { [K in keyof T]: T[K] };
type AnyTask = (key: never, params: never) => Promise<unknown>;

type TheirNamespaces = "charges" | "customers" | "subscriptions" | "webhookEndpoints";
type TheirAliases = Exclude<
  { [K in keyof TheirStripe]-?: TheirStripe[K] extends AnyTask ? K : never }[keyof TheirStripe],
  "runTask"
>;

/** Their 8 tasks, by flat alias: the surface checked below is all of it. */
export const allEight: Same<(typeof THEIR_ALIASES)[number], TheirAliases> = true;

// 1. Every task of theirs is on ours, under the same namespace and method or alias, and takes
//    every parameter object theirs took (`stripeAccount` inside the params included).
type Accepting<T> = {
  [K in keyof T]: T[K] extends (key: infer Key, params: infer P) => Promise<unknown>
    ? (key: Key, params: P) => Promise<unknown>
    : Accepting<Public<T[K]>>;
};
type TheirCalls = { [N in TheirNamespaces]: Accepting<Public<TheirStripe[N]>> } & {
  checkout: { sessions: Accepting<TheirStripe["checkout"]["sessions"]> };
} & Accepting<Pick<TheirStripe, TheirAliases>>;
export const acceptsTheirCalls = (ours: Stripe): TheirCalls => ours;

// 2. Every output field theirs had, ours has too, but `lastResponse` (their types promised it, yet a
//    task's output is JSON from Trigger.dev's cache, which never held it) and the fields Stripe's API
//    dropped between their 2022-11-15 and our 2026-10-28 (an account that pins an older `apiVersion`
//    still receives them): a charge's `destination`, `invoice`, `dispute` and
//    `alternate_statement_descriptors`, a session's `shipping_details`, a subscription's `discount`
//    and `current_period_*` (now on its items).
type DroppedByStripe =
  | "destination"
  | "invoice"
  | "dispute"
  | "alternate_statement_descriptors"
  | "shipping_details"
  | "discount"
  | "current_period_end"
  | "current_period_start";
type Output<F> = F extends (...args: never[]) => Promise<infer R> ? Omit<R, "lastResponse"> : never;
type MissingFields<Theirs, Ours> = {
  [K in keyof Theirs]: K extends keyof Ours ? Exclude<keyof Output<Theirs[K]>, keyof Output<Ours[K]>> : K;
}[keyof Theirs];
type Missing =
  | { [N in TheirNamespaces]: MissingFields<Public<TheirStripe[N]>, Stripe[N]> }[TheirNamespaces]
  | MissingFields<TheirStripe["checkout"]["sessions"], Stripe["checkout"]["sessions"]>
  | MissingFields<Pick<TheirStripe, TheirAliases>, Stripe>;
export const noFieldMissing: Same<Missing, DroppedByStripe> = true;

// 3. A job body written for @trigger.dev/stripe, typed so it compiles only if it is valid against
//    their Stripe *and* ours (a call on the union must suit both).
export async function billingJob(stripe: Pick<TheirStripe, TheirAliases | TheirNamespaces | "checkout"> | Stripe) {
  const customer = await stripe.createCustomer("customer", {
    email: "jenny@example.com",
    name: "Jenny Rosen",
    metadata: { plan: "pro" },
    stripeAccount: "acct_1Connected",
  });
  await stripe.customers.update("update", { id: customer.id, description: "VIP", stripeAccount: "acct_1Connected" });
  const session = await stripe.checkout.sessions.create("checkout", {
    mode: "subscription",
    customer: customer.id,
    line_items: [{ price: "price_123", quantity: 1 }],
    success_url: "https://example.com/thanks",
  });
  const charge = await stripe.createCharge("charge", { amount: 2000, currency: "usd", customer: customer.id });
  const subscription = await stripe.retrieveSubscription("subscription", { id: "sub_123", expand: ["customer"] });
  const hooks = await stripe.listWebhooks("hooks", { limit: 100 });
  const hook = hooks.data.find((h) => h.url === "https://example.com/hooks");
  if (hook) await stripe.updateWebhook("hook", { id: hook.id, enabled_events: ["invoice.paid"], disabled: false });
  else await stripe.createWebhook("hook", { url: "https://example.com/hooks", enabled_events: ["invoice.paid"] });
  await stripe.webhookEndpoints.create("more", { url: "https://example.com/more", enabled_events: ["charge.failed"] });
  return { session: session.url, paid: charge.paid, status: subscription.status, customer: customer.email };
}

// 4. Every `on*` trigger of theirs is on ours and takes their params (`connect`, `filter`, and a
//    group's `events`).
type TheirTriggers = Extract<keyof TheirStripe, `on${string}`>;
export const sameTriggers: Same<TheirTriggers, StripeTriggerName> = true;
type Refused = {
  [K in TheirTriggers]: NonNullable<Parameters<TheirStripe[K]>[0]> extends NonNullable<Parameters<Stripe[K]>[0]>
    ? never
    : K;
}[TheirTriggers];
export const triggerParamsAccepted: Same<Refused, never> = true;
