import { EndpointTrigger, type WebhookEndpoint } from "@acme/integration-kit";
import type { SlackEventEnvelope, SlackEventOf, SlackEventType } from "./slack-event-types.js";
import type { SlackEventsDelivery } from "./slack-events-receiver.js";

/**
 * Trigger.dev's event filter syntax over the request body (`{ event: { channel: ["C0123"] } }`):
 * arrays list accepted values, objects descend, `{ $startsWith: "..." }` and friends compare.
 */
export interface SlackEventFilter {
  readonly [key: string]: SlackEventFilter | ReadonlyArray<string | number | boolean | Record<string, unknown>>;
}

/** The payload a job triggered by `on(type)` receives. */
export type SlackEventPayload<TType extends SlackEventType> = SlackEventEnvelope<SlackEventOf<TType>>;

const property = (label: string, value: unknown) => (typeof value === "string" ? [{ label, text: value }] : []);

/**
 * Triggers a job on one Slack event type, with the kit's endpoint trigger: a rule on the method
 * (POST), `type` and `event.type`; the job receives the typed envelope; before each execution the
 * stored request's method, signature and age (at the time Trigger.dev received it) are checked.
 */
export class SlackEventTrigger<TType extends SlackEventType> extends EndpointTrigger<
  SlackEventsDelivery,
  SlackEventPayload<TType>
> {
  /** The Slack event type this trigger runs jobs for. */
  readonly type: TType;

  constructor(endpoint: WebhookEndpoint<SlackEventsDelivery>, type: TType, filter: SlackEventFilter = {}) {
    const eventFilter = (filter.event ?? {}) as SlackEventFilter;
    super(endpoint, {
      title: `Slack ${type}`,
      filter: {
        method: ["POST"],
        body: { ...filter, type: ["event_callback"], event: { ...eventFilter, type: [type] } },
      },
      accepts: (delivery): delivery is SlackEventPayload<TType> =>
        delivery.type === "event_callback" && delivery.event.type === type,
      expected: `a ${type} event`,
      describe: (delivery) => (delivery.type === "event_callback" ? delivery.event.type : delivery.type),
      runProperties: (payload) => [
        { label: "Event", text: payload.event.type },
        { label: "Team", text: payload.team_id },
        ...property("Channel", (payload.event as { channel?: unknown }).channel),
        ...property("User", (payload.event as { user?: unknown }).user),
      ],
    });
    this.type = type;
  }
}
