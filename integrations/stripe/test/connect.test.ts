import { describe, expect, it } from "vitest";
import { bindToStandIn, useStripeStandIn } from "./support/stripe-stand-in.js";

const standIn = useStripeStandIn();

describe("Stripe Connect: the account goes in the Stripe-Account header, the params in the body", () => {
  it("takes stripeAccount inside the params, as @trigger.dev/stripe did, and moves it out", async () => {
    const { stripe, tasks } = bindToStandIn(standIn());
    const customer = await stripe.createCustomer("connect", {
      email: "shop@example.com",
      name: "Corner Shop",
      stripeAccount: "acct_1Connected",
    });
    const [request] = standIn().requests;
    expect(request?.stripeAccount).toBe("acct_1Connected");
    expect(request?.params).toEqual({ email: "shop@example.com", name: "Corner Shop" });
    expect(request?.body).not.toContain("stripeAccount");
    expect(customer).toMatchObject({ email: "shop@example.com", name: "Corner Shop" });
    // Created in the connected account, not the platform.
    expect(
      standIn()
        .objects("customer", "acct_1Connected")
        .map((c) => c.id),
    ).toEqual([customer.id]);
    expect(standIn().objects("customer")).toEqual([]);
    expect(tasks[0]?.options?.properties).toContainEqual({ label: "Stripe Account", text: "acct_1Connected" });
  });

  it("uses the integration's stripeAccount for every call, and a call's own over it", async () => {
    const { stripe } = bindToStandIn(standIn(), { stripeAccount: "acct_1Default" });
    await stripe.customers.create("default", { email: "a@example.com" });
    await stripe.customers.create("own", { email: "b@example.com", stripeAccount: "acct_1Other" });
    await stripe.customers.list("list", { limit: 5 });
    expect(standIn().requests.map((r) => r.stripeAccount)).toEqual(["acct_1Default", "acct_1Other", "acct_1Default"]);
    expect(
      standIn().requests.every((r) => !r.body.includes("stripeAccount") && !r.query.includes("stripeAccount")),
    ).toBe(true);
  });

  it("reads, updates and lists in the connected account, with the id kept out of the body too", async () => {
    const shop = standIn().seed("subscription", { status: "active" }, "acct_1Shop");
    const { stripe } = bindToStandIn(standIn());
    const read = await stripe.retrieveSubscription("read", { id: shop.id, stripeAccount: "acct_1Shop" });
    expect(read.id).toBe(shop.id);
    await stripe.subscriptions.update("update", {
      id: shop.id,
      metadata: { plan: "pro" },
      stripeAccount: "acct_1Shop",
    });
    expect(standIn().requests[1]?.params).toEqual({ metadata: { plan: "pro" } });
    // The platform does not hold it: the same read without the account is Stripe's 404.
    await expect(stripe.subscriptions.retrieve("platform", { id: shop.id })).rejects.toThrow(/No such subscription/);
  });
});
