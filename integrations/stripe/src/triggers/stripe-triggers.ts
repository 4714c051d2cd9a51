import type { EventFilter, EventSpecification, ExternalSourceTrigger } from "@acme/integration-kit";
import {
  type HttpWebhookSource,
  InvalidOptionsError,
  type SourceIntegration,
  sourceTrigger,
} from "@acme/integration-kit";
import {
  CONNECT_BY_DEFAULT,
  STRIPE_TRIGGERS,
  type StripeEventObject,
  type StripeEventType,
  type StripeTriggerName,
} from "./stripe-trigger-catalog.js";
import type { StripeSourceParams, StripeWebhookSource } from "./stripe-webhook-source.js";

/** How a Stripe trigger narrows what runs the job. */
export interface StripeTriggerParams {
  /** Register on a Connect endpoint: events of connected accounts instead of the platform's. */
  connect?: boolean;
  /** Runs only for payloads (the event's object) that match, in Trigger.dev's event filter syntax. */
  filter?: EventFilter;
  /** With `connect`: runs only for events of these connected accounts (the event's `account`). */
  accounts?: string[];
}

/** The event specification of a trigger on Stripe events of types `T`: the payload is the event's object. */
export type StripeEventSpecification<T extends StripeEventType> = EventSpecification<StripeEventObject<T>>;

/** A job trigger on Stripe events of types `T`, registered through the integration's webhook source. */
export type StripeTrigger<T extends StripeEventType> = ExternalSourceTrigger<
  StripeEventSpecification<T>,
  StripeWebhookSource
>;

type EventsOf<N extends StripeTriggerName> = (typeof STRIPE_TRIGGERS)[N][number];

/** `@trigger.dev/stripe`'s `on*` methods: one event each, or several with an `events` option to pick some. */
export type StripeTriggerMethods = {
  [N in StripeTriggerName]: (typeof STRIPE_TRIGGERS)[N]["length"] extends 1
    ? (params?: StripeTriggerParams) => StripeTrigger<EventsOf<N>>
    : <E extends EventsOf<N> = EventsOf<N>>(params?: StripeTriggerParams & { events?: E[] }) => StripeTrigger<E>;
};

/** `onPaymentIntentSucceeded` → `On Payment Intent Succeeded`. */
const titleOf = (method: string) => method.replace(/([a-z])([A-Z])/g, "$1 $2").replace(/^on/, "On");

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** The event specification for `events`: Stripe's object as the payload, checked to be one. */
export function stripeEventSpecification<T extends StripeEventType>(
  events: readonly T[],
  title: string,
): StripeEventSpecification<T> {
  return {
    name: events.length === 1 ? (events[0] as T) : [...events],
    title,
    source: "stripe.com",
    icon: "stripe",
    parsePayload(payload: unknown) {
      if (!isRecord(payload) || typeof payload.object !== "string") {
        throw new TypeError(`${title}: the payload is not a Stripe object (it has no "object" field)`);
      }
      return payload as unknown as StripeEventObject<T>;
    },
    runProperties: (payload) => {
      const object = payload as { id?: unknown; object?: unknown };
      return typeof object.id === "string" ? [{ label: String(object.object ?? "ID"), text: object.id }] : [];
    },
  };
}

/** What {@link stripeTrigger} needs. */
export interface StripeTriggerOptions<T extends StripeEventType> {
  readonly source: StripeWebhookSource;
  readonly integrationId: string;
  readonly events: readonly T[];
  readonly title: string;
  readonly params: StripeTriggerParams | undefined;
  readonly connectByDefault?: boolean;
}

/**
 * A trigger on `events` through the integration's source, on the kit's source trigger (which runs
 * a job only for its own source's deliveries), with the payload filter and the Connect accounts
 * filter added to its rule.
 */
export function stripeTrigger<T extends StripeEventType>(options: StripeTriggerOptions<T>): StripeTrigger<T> {
  const { source, integrationId, events, title, params = {}, connectByDefault = false } = options;
  const { accounts, filter, ...rest } = params;
  const connect = rest.connect ?? connectByDefault;
  if (accounts && !connect) {
    throw new InvalidOptionsError(
      { service: { name: "Stripe" }, integrationId },
      `the trigger "${title}" filters by connected \`accounts\` but is not a Connect trigger: pass { connect: true } too.`,
    );
  }
  const event = stripeEventSpecification(events, title);
  const trigger = sourceTrigger({
    event: { ...event, ...(filter ? { filter: filter as Record<string, unknown> } : {}) },
    params: { connect },
    source: source as unknown as HttpWebhookSource<SourceIntegration, StripeSourceParams>,
  });
  if (!accounts) return trigger as unknown as StripeTrigger<T>;
  const kitRule = trigger.toJSON.bind(trigger);
  const withAccounts = {
    ...trigger,
    toJSON() {
      const metadata = kitRule();
      return { ...metadata, rule: { ...metadata.rule, context: { ...metadata.rule.context, account: [...accounts] } } };
    },
  };
  return withAccounts as unknown as StripeTrigger<T>;
}

/** The `on*` methods, each building its trigger from {@link STRIPE_TRIGGERS}, for an integration's prototype. */
export function stripeTriggerMethods(
  context: (self: unknown) => { source: StripeWebhookSource; integrationId: string },
): PropertyDescriptorMap {
  const methods: PropertyDescriptorMap = {};
  for (const [name, all] of Object.entries(STRIPE_TRIGGERS) as [StripeTriggerName, readonly StripeEventType[]][]) {
    const title = titleOf(name);
    const value = function (this: unknown, params?: StripeTriggerParams & { events?: StripeEventType[] }) {
      const { events, ...rest } = params ?? {};
      const { source, integrationId } = context(this);
      const unknown = (events ?? []).filter((event) => !all.includes(event));
      if (unknown.length > 0 || events?.length === 0) {
        throw new InvalidOptionsError(
          { service: { name: "Stripe" }, integrationId },
          `${name}({ events }) takes one or more of ${all.join(", ")}; got ${unknown.join(", ") || "none"}.`,
        );
      }
      return stripeTrigger({
        source,
        integrationId,
        events: events ?? all,
        title,
        params: rest,
        connectByDefault: CONNECT_BY_DEFAULT.has(name),
      });
    };
    methods[name] = { value, writable: true, configurable: true };
  }
  return methods;
}
