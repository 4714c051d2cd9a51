import { describe, expect, it } from "vitest";
import { bindToStandIn, useStripeStandIn } from "./support/stripe-stand-in.js";

const standIn = useStripeStandIn();
const endpoints = (count: number) =>
  Array.from({ length: count }, (_, n) => standIn().seed("webhook_endpoint", { url: `https://example.com/${n}` }).id);

describe("lists and searches page through has_more, bounded", () => {
  it("reads one page by default, as Stripe's limit asks", async () => {
    endpoints(250);
    const { stripe } = bindToStandIn(standIn());
    const page = await stripe.webhookEndpoints.list("one-page", { limit: 100 });
    expect(page.data).toHaveLength(100);
    expect(page.has_more).toBe(true);
    expect(standIn().requests).toHaveLength(1);
  });

  it("lists every webhook endpoint, not only the first 100, with { paginate }", async () => {
    const ids = endpoints(250);
    const { stripe } = bindToStandIn(standIn());
    const all = await stripe.listWebhooks("all", undefined, { paginate: { maxPages: 10 } });
    expect(all.data.map((e) => e.id)).toEqual([...ids].reverse());
    expect(all.has_more).toBe(false);
    const pages = standIn().requests.map((r) => new URLSearchParams(r.query));
    expect(pages.map((q) => q.get("limit"))).toEqual(["100", "100", "100"]);
    expect(pages.map((q) => q.get("starting_after"))).toEqual([null, ids[150], ids[50]]);
  });

  it("stops at maxItems, asking Stripe for no more than it needs", async () => {
    endpoints(250);
    const { stripe } = bindToStandIn(standIn());
    const some = await stripe.webhookEndpoints.list("some", undefined, { paginate: { maxItems: 120 } });
    expect(some.data).toHaveLength(120);
    expect(standIn().requests.map((r) => new URLSearchParams(r.query).get("limit"))).toEqual(["100", "20"]);
  });

  it("pages a search by its next_page token, in a connected account too", async () => {
    for (let n = 0; n < 25; n++) standIn().seed("customer", { metadata: { tier: "vip" } }, "acct_1Shop");
    standIn().seed("customer", { metadata: { tier: "basic" } }, "acct_1Shop");
    const { stripe } = bindToStandIn(standIn());
    const vips = await stripe.customers.search(
      "vips",
      { query: "metadata['tier']:'vip'", limit: 10, stripeAccount: "acct_1Shop" },
      { paginate: { maxPages: 5 } },
    );
    expect(vips.data).toHaveLength(25);
    expect(standIn().requests.map((r) => r.params.page ?? null)).toEqual([null, "page_10", "page_20"]);
    expect(standIn().requests.every((r) => r.stripeAccount === "acct_1Shop")).toBe(true);
  });

  it("refuses page bounds inside the params, where Stripe would reject them as unknown", async () => {
    const { stripe, tasks } = bindToStandIn(standIn());
    await expect(
      stripe.customers.list("bad", { limit: 10, maxPages: 3 } as unknown as { limit: number }),
    ).rejects.toThrow(/page bounds go after the params/);
    expect(tasks[0]?.answer).toMatchObject({ skipRetrying: true });
    expect(standIn().requests).toEqual([]);
  });
});
