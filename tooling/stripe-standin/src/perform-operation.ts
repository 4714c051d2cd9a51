import { listPage, matchesFilters, searchPage } from "./list-page.js";
import { newId, type ObjectStore, PLATFORM, type StripeObject } from "./object-store.js";
import type { StripeOperation } from "./stripe-api-description.js";
import { type Answer, errorAnswer, resourceMissing } from "./stripe-error.js";
import { declineOf } from "./test-cards.js";

/** What one request runs against. */
export interface OperationContext {
  readonly store: ObjectStore;
  readonly fixtures: Readonly<Record<string, Record<string, unknown>>>;
  /** Signing secrets of the webhook endpoints created, by endpoint id: Stripe shows one only at creation. */
  readonly secrets: Map<string, string>;
  /** The `Stripe-Account` the request acts for, or {@link PLATFORM}. */
  readonly account: string;
  readonly apiVersion: string;
  readonly requestId: string;
  readonly idempotencyKey: string | undefined;
  /** The request's path, without its query. */
  readonly url: string;
}

type Params = Record<string, unknown>;

/** What an action does to its object: the status it leaves, and the event Stripe sends for it. */
const ACTIONS: Readonly<Record<string, { status?: string; event?: string; fields?: Params }>> = {
  confirm: { status: "succeeded", event: "succeeded" },
  capture: { status: "succeeded", event: "captured", fields: { captured: true } },
  cancel: { status: "canceled", event: "canceled" },
  expire: { status: "expired", event: "expired" },
  finalize: { status: "open", event: "finalized" },
  pay: { status: "paid", event: "paid", fields: { paid: true } },
  send: { event: "sent" },
  void: { status: "void", event: "voided" },
  mark_uncollectible: { status: "uncollectible", event: "marked_uncollectible" },
  resume: { status: "active", event: "resumed" },
  attach: { event: "attached" },
  detach: { event: "detached", fields: { customer: null } },
  refund: { event: "refunded", fields: { refunded: true } },
};

/** What the new object of each type starts as, beyond Stripe's example of it. */
const INITIAL: Readonly<Record<string, (id: string, params: Params) => Params>> = {
  "checkout.session": (id) => ({
    status: "open",
    payment_status: "unpaid",
    url: `https://checkout.stripe.com/c/pay/${id}`,
  }),
  "billing_portal.session": (id) => ({ url: `https://billing.stripe.com/p/session/${id}` }),
  payment_intent: (id, p) => ({
    status: p.confirm === true ? "succeeded" : p.payment_method ? "requires_confirmation" : "requires_payment_method",
    amount_received: p.confirm === true ? p.amount : 0,
    client_secret: `${id}_secret_standin`,
  }),
  setup_intent: (id, p) => ({
    status: p.confirm === true ? "succeeded" : "requires_payment_method",
    client_secret: `${id}_secret_standin`,
  }),
  charge: (_, p) => ({ status: "succeeded", paid: true, captured: p.capture !== false, amount_refunded: 0 }),
  refund: () => ({ status: "succeeded" }),
  subscription: () => ({ status: "active" }),
  invoice: () => ({ status: "draft" }),
  payout: () => ({ status: "pending" }),
  webhook_endpoint: () => ({ status: "enabled" }),
};

const isRecord = (value: unknown): value is Params =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** Copies the params onto the object where it has a field of that name (a list field stays as it is). */
function merge(object: StripeObject, params: Params): void {
  for (const [key, value] of Object.entries(params)) {
    if (key === "expand" || key === "id" || key === "object" || !(key in object)) continue;
    if (key === "metadata" && isRecord(value)) {
      const metadata: Params = { ...(isRecord(object.metadata) ? object.metadata : {}) };
      for (const [name, text] of Object.entries(value)) {
        if (text === "") delete metadata[name];
        else metadata[name] = text;
      }
      object.metadata = metadata;
      continue;
    }
    const current = object[key];
    if (isRecord(current) && current.object === "list") continue;
    object[key] = value === "" ? null : value;
  }
}

/** `customer.subscription.created`: Stripe names subscription events under the customer. */
const eventPrefix = (type: string) => (type === "subscription" ? "customer.subscription" : type);

function recordEvent(context: OperationContext, object: StripeObject, verb: string, previous?: Params): void {
  const event: StripeObject = {
    id: newId("evt"),
    object: "event",
    api_version: context.apiVersion,
    created: Math.floor(Date.now() / 1000),
    data: { object: structuredClone(object), ...(previous ? { previous_attributes: previous } : {}) },
    livemode: false,
    pending_webhooks: 0,
    request: { id: context.requestId, idempotency_key: context.idempotencyKey ?? null },
    type: `${eventPrefix(object.object)}.${verb}`,
    ...(context.account === PLATFORM ? {} : { account: context.account }),
  };
  context.store.put(context.account, event);
}

const ok = (object: unknown): Answer => ({ status: 200, body: structuredClone(object) });

/** The 402 Stripe answers when the card declines, naming what it created for the attempt. */
function declined(code: string, object: StripeObject): Answer {
  return errorAnswer(402, {
    type: "card_error",
    code: "card_declined",
    decline_code: code,
    message: code === "insufficient_funds" ? "Your card has insufficient funds." : "Your card was declined.",
    ...(object.object === "charge" ? { charge: object.id } : { payment_intent: structuredClone(object) }),
  });
}

function create(operation: StripeOperation, ids: readonly string[], params: Params, context: OperationContext): Answer {
  const type = operation.resource ?? "object";
  const example = context.fixtures[type] ?? { object: type };
  const prefix = typeof example.id === "string" && example.id.includes("_") ? example.id.split("_")[0] : type;
  const id = newId(prefix as string);
  const object = { ...structuredClone(example), id, object: (example.object as string) ?? type } as StripeObject;
  object.created = Math.floor(Date.now() / 1000);
  object.livemode = false;
  // A create under a parent (`/v1/customers/{customer}/tax_ids`) belongs to it.
  const parent = operation.pathParams[0];
  if (parent && ids[0] && parent in object) object[parent] = ids[0];
  merge(object, params);
  Object.assign(object, INITIAL[type]?.(id, params));
  const decline = (type === "charge" || (type === "payment_intent" && params.confirm === true)) && declineOf(params);
  if (decline) {
    Object.assign(
      object,
      type === "charge" ? { status: "failed", paid: false } : { status: "requires_payment_method" },
    );
  }
  context.store.put(context.account, object);
  recordEvent(context, object, decline ? "failed" : "created");
  if (decline) return declined(decline, object);
  if (type === "webhook_endpoint") {
    const secret = `whsec_${newId("s").slice(2)}`;
    context.secrets.set(id, secret);
    return ok({ ...object, secret });
  }
  return ok(object);
}

function act(operation: StripeOperation, object: StripeObject, params: Params, context: OperationContext): Answer {
  const effect = ACTIONS[operation.action ?? ""] ?? {};
  const decline = operation.action === "confirm" && declineOf({ payment_method: object.payment_method, ...params });
  merge(object, params);
  if (decline) {
    object.status = "requires_payment_method";
    recordEvent(context, object, "payment_failed");
    return declined(decline, object);
  }
  if (effect.status && "status" in object) object.status = effect.status;
  if (effect.fields) Object.assign(object, effect.fields);
  if (operation.action === "confirm" && object.object === "payment_intent") object.amount_received = object.amount;
  recordEvent(context, object, effect.event ?? "updated");
  return ok(object);
}

/**
 * Performs an operation the request validated against the description: creates, reads, updates,
 * deletes, lists or searches the account's objects, applies actions (`confirm`, `capture`,
 * `cancel`, `finalize`, ...), declines Stripe's test cards with 402, and records the events Stripe
 * would send. Objects the account does not hold are a 404, as at Stripe.
 */
export function performOperation(
  operation: StripeOperation,
  ids: readonly string[],
  params: Params,
  context: OperationContext,
): Answer {
  const { store, account } = context;
  const type = operation.resource ?? "object";
  const id = ids.at(-1) ?? "";
  switch (operation.kind) {
    case "create":
      return create(operation, ids, params, context);
    case "list": {
      const parent = operation.pathParams[0];
      const items = store
        .list(account, type)
        .filter((item) => matchesFilters(item, parent && ids[0] ? { ...params, [parent]: ids[0] } : params));
      return listPage(items, params, context.url);
    }
    case "search":
      return searchPage(store.list(account, type), params, context.url);
    case "singleton":
      return ok({ ...(context.fixtures[type] ?? { object: type }), livemode: false });
    default:
      break;
  }
  const objectType = operation.kind === "delete" ? type.replace(/^deleted_/, "") : type;
  const object = store.get(account, id);
  if (!object || object.object !== objectType) {
    return resourceMissing(objectType, id, operation.pathParams.at(-1));
  }
  switch (operation.kind) {
    case "retrieve":
      return ok(object);
    case "update": {
      const previous = Object.fromEntries(Object.keys(params).map((key) => [key, structuredClone(object[key])]));
      merge(object, params);
      recordEvent(context, object, "updated", previous);
      return ok(object);
    }
    case "delete":
      if (type.startsWith("deleted_")) {
        store.remove(account, id);
        context.secrets.delete(id);
        recordEvent(context, object, "deleted");
        return ok({ id, object: objectType, deleted: true });
      }
      // `DELETE /v1/subscriptions/{id}` cancels: the subscription stays, canceled.
      object.status = "canceled";
      object.canceled_at = Math.floor(Date.now() / 1000);
      recordEvent(context, object, "deleted");
      return ok(object);
    default:
      return act(operation, object, params, context);
  }
}
