import { describe, expect, it } from "vitest";
import { STRIPE_TRIGGERS, Stripe, type StripeTriggerName } from "../src/index.js";

const stripe = new Stripe({ id: "stripe", apiKey: "sk_test_triggers_0001" });
const names = Object.keys(STRIPE_TRIGGERS) as StripeTriggerName[];
type Rule = { event: string | string[]; source: string; payload: unknown; context?: unknown };
const ruleOf = (trigger: { toJSON(): unknown }) => (trigger.toJSON() as { rule: Rule }).rule;

describe("the on* triggers of @trigger.dev/stripe", () => {
  it("are all here: 69 methods over the event types their events had", () => {
    expect(names).toHaveLength(69);
    const theirs = Object.getOwnPropertyNames((Stripe as unknown as { prototype: object }).prototype).filter((name) =>
      /^on[A-Z]/.test(name),
    );
    expect(theirs.sort()).toEqual([...names].sort());
    expect(new Set(Object.values(STRIPE_TRIGGERS).flat()).size).toBe(64);
  });

  it.each(names)("%s runs for its events, from the Stripe source, titled as before", (name) => {
    const trigger = (stripe[name] as () => ReturnType<Stripe["onPrice"]>)();
    const events = STRIPE_TRIGGERS[name];
    const rule = ruleOf(trigger);
    expect(rule.event).toEqual(events.length === 1 ? events[0] : [...events]);
    expect(rule.source).toBe("stripe.com");
    expect(trigger.event.title).toBe(name.replace(/([a-z])([A-Z])/g, "$1 $2").replace(/^on/, "On"));
    expect(trigger.event.icon).toBe("stripe");
  });

  it("onInvoice runs for invoice events (v2 used the payout events), onCustomer takes customer events (v2 refused them)", () => {
    expect(ruleOf(stripe.onInvoice()).event).toContain("invoice.paid");
    expect(ruleOf(stripe.onInvoice()).event).not.toContain("payout.paid");
    expect(ruleOf(stripe.onCustomer({ events: ["customer.created", "customer.deleted"] })).event).toEqual([
      "customer.created",
      "customer.deleted",
    ]);
  });

  it("takes a subset of a group's events, and refuses events outside it", () => {
    expect(ruleOf(stripe.onCharge({ events: ["charge.refunded", "charge.failed"] })).event).toEqual([
      "charge.refunded",
      "charge.failed",
    ]);
    expect(() => stripe.onCharge({ events: ["invoice.paid" as "charge.failed"] })).toThrow(
      /onCharge\(\{ events \}\) takes one or more of charge\.captured/,
    );
  });

  it("registers Connect endpoints when asked (onAccountUpdated by default), and filters by connected account", () => {
    expect(stripe.onAccountUpdated().toJSON()).toMatchObject({ rule: { event: "account.updated" } });
    // Each trigger requires its own source's deliveries: the Connect endpoint's source, or the account's.
    const sourceOf = (trigger: unknown) => (trigger as { sourceKey: string }).sourceKey;
    expect(sourceOf(stripe.onAccountUpdated())).toBe("stripe.webhook-http-stripe.webhook.connect-stripe");
    expect(sourceOf(stripe.onPriceCreated())).toBe("stripe.webhook-http-stripe.webhook-stripe");
    expect(ruleOf(stripe.onPriceCreated()).context).toEqual({ "source-key": [sourceOf(stripe.onPriceCreated())] });
    const shop = stripe.onPaymentIntentSucceeded({ connect: true, accounts: ["acct_1Shop"] });
    expect(ruleOf(shop).context).toMatchObject({ account: ["acct_1Shop"] });
    expect(() => stripe.onPaymentIntentSucceeded({ accounts: ["acct_1Shop"] })).toThrow(/pass \{ connect: true \}/);
  });

  it("merges a payload filter into the rule", () => {
    const rule = ruleOf(stripe.onCheckoutSessionCompleted({ filter: { mode: ["subscription"] } }));
    expect(rule.payload).toEqual({ mode: ["subscription"] });
  });

  it("on(eventType) triggers on any Stripe event type, typed by the SDK", () => {
    const trigger = stripe.on(["charge.dispute.created", "charge.dispute.closed"]);
    expect(ruleOf(trigger).event).toEqual(["charge.dispute.created", "charge.dispute.closed"]);
    const payload = trigger.event.parsePayload({ id: "dp_1", object: "dispute", amount: 100 });
    const amount: number = payload.amount;
    expect(amount).toBe(100);
    expect(() => trigger.event.parsePayload("not an object")).toThrow(/not a Stripe object/);
  });
});
