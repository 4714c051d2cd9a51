import type { StripeObject, StripeStandIn } from "@acme/stripe-standin";

/** The objects every case may act on, stored in the stand-in before it runs. */
export type Seeded = Record<
  | "customer"
  | "paymentMethod"
  | "paymentIntent"
  | "setupIntent"
  | "charge"
  | "refund"
  | "session"
  | "paymentLink"
  | "product"
  | "price"
  | "subscription"
  | "subscriptionItem"
  | "draftInvoice"
  | "openInvoice"
  | "invoiceItem"
  | "coupon"
  | "promotionCode"
  | "balanceTransaction"
  | "payout"
  | "event"
  | "webhookEndpoint",
  StripeObject
>;

/** Stores one object of each kind the cases need, in the states their actions need. */
export function seed(standIn: StripeStandIn, account?: string): Seeded {
  const put = (type: string, fields: Record<string, unknown> = {}) => standIn.seed(type, fields, account);
  const customer = put("customer", { email: "jenny@example.com", name: "Jenny Rosen" });
  const subscription = put("subscription", { customer: customer.id, status: "active" });
  return {
    customer,
    paymentMethod: put("payment_method", { customer: customer.id }),
    paymentIntent: put("payment_intent", { status: "requires_confirmation", amount: 2000, currency: "usd" }),
    setupIntent: put("setup_intent", { status: "requires_confirmation", customer: customer.id }),
    charge: put("charge", { captured: false, amount: 500, customer: customer.id }),
    refund: put("refund", { status: "requires_action" }),
    session: put("checkout.session", { status: "open" }),
    paymentLink: put("payment_link"),
    product: put("product", { name: "Pro plan" }),
    price: put("price", { unit_amount: 1500, currency: "usd" }),
    subscription,
    subscriptionItem: put("subscription_item", { subscription: subscription.id }),
    draftInvoice: put("invoice", { status: "draft", customer: customer.id }),
    openInvoice: put("invoice", { status: "open", customer: customer.id }),
    invoiceItem: put("invoiceitem", { customer: customer.id }),
    coupon: put("coupon", { percent_off: 25 }),
    promotionCode: put("promotion_code", { code: "SPRING25" }),
    balanceTransaction: put("balance_transaction"),
    payout: put("payout", { status: "pending" }),
    event: put("event", { type: "customer.created" }),
    webhookEndpoint: put("webhook_endpoint", { url: "https://example.com/stripe" }),
  };
}

/** One task call the suite makes against the stand-in. */
export interface TaskCase {
  readonly group: string;
  readonly method: string;
  /** The `@trigger.dev/stripe` flat alias, for the 8 tasks it had. */
  readonly alias?: string;
  readonly params?: (seeded: Seeded) => Record<string, unknown> | undefined;
}

const id = (key: keyof Seeded) => (s: Seeded) => ({ id: s[key].id });

/** Every task, with params Stripe's description accepts. */
export const taskCases: TaskCase[] = [
  // customers
  {
    group: "customers",
    method: "create",
    alias: "createCustomer",
    params: () => ({ email: "ada@example.com", name: "Ada", metadata: { plan: "pro" } }),
  },
  { group: "customers", method: "retrieve", params: id("customer") },
  {
    group: "customers",
    method: "update",
    alias: "updateCustomer",
    params: (s) => ({ id: s.customer.id, name: "Jenny R.", address: { country: "GB" } }),
  },
  { group: "customers", method: "del", params: id("customer") },
  { group: "customers", method: "list", params: () => ({ email: "jenny@example.com", limit: 20 }) },
  { group: "customers", method: "search", params: () => ({ query: "email:'jenny@example.com'" }) },
  { group: "customers", method: "listPaymentMethods", params: (s) => ({ id: s.customer.id, type: "card" }) },
  // payment intents
  {
    group: "paymentIntents",
    method: "create",
    params: (s) => ({
      amount: 2000,
      currency: "usd",
      customer: s.customer.id,
      payment_method: "pm_card_visa",
      confirm: true,
      automatic_payment_methods: { enabled: true },
    }),
  },
  { group: "paymentIntents", method: "retrieve", params: id("paymentIntent") },
  {
    group: "paymentIntents",
    method: "update",
    params: (s) => ({ id: s.paymentIntent.id, description: "Order 42", metadata: { order: "42" } }),
  },
  {
    group: "paymentIntents",
    method: "confirm",
    params: (s) => ({ id: s.paymentIntent.id, payment_method: "pm_card_visa" }),
  },
  { group: "paymentIntents", method: "capture", params: (s) => ({ id: s.paymentIntent.id, amount_to_capture: 1500 }) },
  {
    group: "paymentIntents",
    method: "cancel",
    params: (s) => ({ id: s.paymentIntent.id, cancellation_reason: "requested_by_customer" }),
  },
  { group: "paymentIntents", method: "list", params: (s) => ({ customer: s.customer.id }) },
  { group: "paymentIntents", method: "search", params: () => ({ query: "status:'succeeded'", limit: 5 }) },
  // setup intents
  {
    group: "setupIntents",
    method: "create",
    params: (s) => ({ customer: s.customer.id, payment_method_types: ["card"], usage: "off_session" }),
  },
  { group: "setupIntents", method: "retrieve", params: id("setupIntent") },
  {
    group: "setupIntents",
    method: "confirm",
    params: (s) => ({ id: s.setupIntent.id, payment_method: "pm_card_visa" }),
  },
  { group: "setupIntents", method: "cancel", params: id("setupIntent") },
  { group: "setupIntents", method: "list", params: (s) => ({ customer: s.customer.id }) },
  // payment methods
  { group: "paymentMethods", method: "retrieve", params: id("paymentMethod") },
  {
    group: "paymentMethods",
    method: "attach",
    params: (s) => ({ id: s.paymentMethod.id, customer: s.customer.id }),
  },
  { group: "paymentMethods", method: "detach", params: id("paymentMethod") },
  { group: "paymentMethods", method: "list", params: (s) => ({ customer: s.customer.id, type: "card" }) },
  // charges
  {
    group: "charges",
    method: "create",
    alias: "createCharge",
    params: () => ({ amount: 1999, currency: "usd", source: "tok_visa", description: "Order 42" }),
  },
  { group: "charges", method: "retrieve", params: id("charge") },
  { group: "charges", method: "capture", params: (s) => ({ id: s.charge.id, amount: 500 }) },
  { group: "charges", method: "list", params: (s) => ({ customer: s.customer.id, limit: 3 }) },
  { group: "charges", method: "search", params: () => ({ query: "status:'succeeded'" }) },
  // refunds
  { group: "refunds", method: "create", params: (s) => ({ charge: s.charge.id, amount: 200, reason: "duplicate" }) },
  { group: "refunds", method: "retrieve", params: id("refund") },
  { group: "refunds", method: "cancel", params: id("refund") },
  { group: "refunds", method: "list", params: (s) => ({ charge: s.charge.id }) },
  // checkout sessions
  {
    group: "checkoutSessions",
    method: "create",
    alias: "createCheckoutSession",
    params: (s) => ({
      mode: "subscription",
      customer: s.customer.id,
      line_items: [{ price: s.price.id, quantity: 1 }],
      success_url: "https://example.com/thanks",
      cancel_url: "https://example.com/cart",
    }),
  },
  { group: "checkoutSessions", method: "retrieve", params: id("session") },
  { group: "checkoutSessions", method: "expire", params: id("session") },
  { group: "checkoutSessions", method: "list", params: (s) => ({ customer: s.customer.id }) },
  { group: "checkoutSessions", method: "listLineItems", params: (s) => ({ id: s.session.id, limit: 50 }) },
  // billing portal sessions
  {
    group: "billingPortalSessions",
    method: "create",
    params: (s) => ({ customer: s.customer.id, return_url: "https://example.com/account" }),
  },
  // payment links
  {
    group: "paymentLinks",
    method: "create",
    params: (s) => ({ line_items: [{ price: s.price.id, quantity: 1 }] }),
  },
  { group: "paymentLinks", method: "retrieve", params: id("paymentLink") },
  { group: "paymentLinks", method: "update", params: (s) => ({ id: s.paymentLink.id, active: false }) },
  { group: "paymentLinks", method: "list", params: () => ({ active: true }) },
  // products
  {
    group: "products",
    method: "create",
    params: () => ({ name: "Team plan", description: "For teams", metadata: { tier: "2" } }),
  },
  { group: "products", method: "retrieve", params: id("product") },
  { group: "products", method: "update", params: (s) => ({ id: s.product.id, active: false }) },
  { group: "products", method: "del", params: id("product") },
  { group: "products", method: "list", params: () => ({ active: true, limit: 100 }) },
  { group: "products", method: "search", params: () => ({ query: "name~'plan'" }) },
  // prices
  {
    group: "prices",
    method: "create",
    params: (s) => ({
      product: s.product.id,
      unit_amount: 1500,
      currency: "usd",
      recurring: { interval: "month" },
      lookup_key: "pro_monthly",
    }),
  },
  { group: "prices", method: "retrieve", params: id("price") },
  { group: "prices", method: "update", params: (s) => ({ id: s.price.id, nickname: "Pro monthly" }) },
  { group: "prices", method: "list", params: (s) => ({ product: s.product.id }) },
  { group: "prices", method: "search", params: () => ({ query: "currency:'usd'" }) },
  // subscriptions
  {
    group: "subscriptions",
    method: "create",
    params: (s) => ({ customer: s.customer.id, items: [{ price: s.price.id, quantity: 2 }], trial_period_days: 14 }),
  },
  {
    group: "subscriptions",
    method: "retrieve",
    alias: "retrieveSubscription",
    params: (s) => ({ id: s.subscription.id, expand: ["customer"] }),
  },
  {
    group: "subscriptions",
    method: "update",
    params: (s) => ({ id: s.subscription.id, cancel_at_period_end: true }),
  },
  { group: "subscriptions", method: "cancel", params: (s) => ({ id: s.subscription.id, prorate: true }) },
  { group: "subscriptions", method: "resume", params: (s) => ({ id: s.subscription.id, billing_cycle_anchor: "now" }) },
  { group: "subscriptions", method: "list", params: (s) => ({ customer: s.customer.id, status: "active" }) },
  { group: "subscriptions", method: "search", params: () => ({ query: "status:'active'" }) },
  // subscription items
  {
    group: "subscriptionItems",
    method: "create",
    params: (s) => ({ subscription: s.subscription.id, price: s.price.id, quantity: 1 }),
  },
  { group: "subscriptionItems", method: "update", params: (s) => ({ id: s.subscriptionItem.id, quantity: 3 }) },
  { group: "subscriptionItems", method: "del", params: id("subscriptionItem") },
  { group: "subscriptionItems", method: "list", params: (s) => ({ subscription: s.subscription.id }) },
  // invoices
  {
    group: "invoices",
    method: "create",
    params: (s) => ({ customer: s.customer.id, collection_method: "send_invoice", days_until_due: 30 }),
  },
  { group: "invoices", method: "retrieve", params: id("openInvoice") },
  { group: "invoices", method: "update", params: (s) => ({ id: s.draftInvoice.id, description: "March" }) },
  { group: "invoices", method: "finalizeInvoice", params: (s) => ({ id: s.draftInvoice.id, auto_advance: false }) },
  { group: "invoices", method: "pay", params: (s) => ({ id: s.openInvoice.id, paid_out_of_band: true }) },
  { group: "invoices", method: "sendInvoice", params: id("openInvoice") },
  { group: "invoices", method: "voidInvoice", params: id("openInvoice") },
  { group: "invoices", method: "del", params: id("draftInvoice") },
  { group: "invoices", method: "list", params: (s) => ({ customer: s.customer.id, status: "open" }) },
  { group: "invoices", method: "search", params: (s) => ({ query: `customer:'${s.customer.id}'` }) },
  // invoice items
  {
    group: "invoiceItems",
    method: "create",
    params: (s) => ({ customer: s.customer.id, amount: 500, currency: "usd", description: "Setup fee" }),
  },
  { group: "invoiceItems", method: "del", params: id("invoiceItem") },
  { group: "invoiceItems", method: "list", params: (s) => ({ customer: s.customer.id, pending: true }) },
  // coupons
  {
    group: "coupons",
    method: "create",
    params: () => ({ percent_off: 20, duration: "repeating", duration_in_months: 3, name: "Spring" }),
  },
  { group: "coupons", method: "retrieve", params: id("coupon") },
  { group: "coupons", method: "del", params: id("coupon") },
  { group: "coupons", method: "list", params: () => ({ limit: 10 }) },
  // promotion codes
  {
    group: "promotionCodes",
    method: "create",
    // The vendored description (2025-10) takes `coupon`; API 2026-10-28 nests it as `promotion.coupon`.
    params: (s) => ({ coupon: s.coupon.id, code: "SPRING20" }),
  },
  { group: "promotionCodes", method: "retrieve", params: id("promotionCode") },
  { group: "promotionCodes", method: "update", params: (s) => ({ id: s.promotionCode.id, active: false }) },
  { group: "promotionCodes", method: "list", params: () => ({ code: "SPRING25" }) },
  // balance
  { group: "balance", method: "retrieve" },
  { group: "balanceTransactions", method: "retrieve", params: id("balanceTransaction") },
  { group: "balanceTransactions", method: "list", params: () => ({ type: "charge" }) },
  // payouts
  { group: "payouts", method: "create", params: () => ({ amount: 10000, currency: "usd", description: "Weekly" }) },
  { group: "payouts", method: "retrieve", params: id("payout") },
  { group: "payouts", method: "cancel", params: id("payout") },
  { group: "payouts", method: "list", params: () => ({ status: "pending" }) },
  // events
  { group: "events", method: "retrieve", params: id("event") },
  { group: "events", method: "list", params: () => ({ type: "customer.created" }) },
  // webhook endpoints
  {
    group: "webhookEndpoints",
    method: "create",
    alias: "createWebhook",
    params: () => ({
      url: "https://example.com/hooks/stripe",
      enabled_events: ["checkout.session.completed", "invoice.paid"],
      description: "Billing jobs",
    }),
  },
  { group: "webhookEndpoints", method: "retrieve", params: id("webhookEndpoint") },
  {
    group: "webhookEndpoints",
    method: "update",
    alias: "updateWebhook",
    params: (s) => ({ id: s.webhookEndpoint.id, enabled_events: ["*"], disabled: false }),
  },
  { group: "webhookEndpoints", method: "del", params: id("webhookEndpoint") },
  { group: "webhookEndpoints", method: "list", alias: "listWebhooks", params: () => ({ limit: 100 }) },
];
