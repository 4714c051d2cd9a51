import type { EventSpecification, Trigger, TriggerClient, VerifyResult } from "@trigger.dev/sdk";
import { parseSlackEventsRequest } from "./parse-slack-events-request.js";
import type { SlackEventEnvelope, SlackEventOf, SlackEventType } from "./slack-event-types.js";
import type { SlackEventsEndpoint } from "./slack-events-endpoint.js";
import { SlackEventsError } from "./slack-events-error.js";

/**
 * Trigger.dev's event filter syntax over the request body (`{ event: { channel: ["C0123"] } }`):
 * arrays list accepted values, objects descend, `{ $startsWith: "..." }` and friends compare.
 */
export interface SlackEventFilter {
  readonly [key: string]: SlackEventFilter | ReadonlyArray<string | number | boolean | Record<string, unknown>>;
}

/** The payload a job triggered by `on(type)` receives. */
export type SlackEventPayload<TType extends SlackEventType> = SlackEventEnvelope<SlackEventOf<TType>>;

/** What Trigger.dev stores for a request to an HTTP endpoint and hands to each run. */
interface StoredRequest {
  url: string;
  method: string;
  headers: Record<string, string>;
  rawBody: string;
}

const isStoredRequest = (value: unknown): value is StoredRequest => {
  const record = value as Partial<StoredRequest> | null;
  return (
    typeof record?.url === "string" &&
    typeof record.method === "string" &&
    typeof record.rawBody === "string" &&
    record.headers !== null &&
    typeof record.headers === "object"
  );
};

/** The SDK's HTTP trigger, as `endpoint.onRequest()` returns it. */
type SdkHttpTrigger = ReturnType<SlackEventsEndpoint["httpEndpoint"]["onRequest"]>;

/**
 * Triggers a job on one Slack event type. Registered with Trigger.dev exactly as the SDK's own
 * `onRequest` trigger (same rule, so the service filters on `event.type`), but the job receives the
 * parsed, typed envelope instead of a `Request`, and the signature is checked before the job runs.
 */
export class SlackEventTrigger<TType extends SlackEventType>
  implements Trigger<EventSpecification<SlackEventPayload<TType>>>
{
  /** The event specification the SDK parses each run's payload with. */
  readonly event: EventSpecification<SlackEventPayload<TType>>;
  /** The Slack event type this trigger runs jobs for. */
  readonly type: TType;
  readonly #http: SdkHttpTrigger;
  readonly #endpoint: SlackEventsEndpoint;
  // The run's raw request, kept beside the parsed payload so verifyPayload can check its signature.
  readonly #requests = new WeakMap<object, StoredRequest>();

  constructor(endpoint: SlackEventsEndpoint, type: TType, filter: SlackEventFilter = {}) {
    this.#endpoint = endpoint;
    this.type = type;
    const eventFilter = (filter.event ?? {}) as SlackEventFilter;
    this.#http = endpoint.httpEndpoint.onRequest({
      filter: { body: { ...filter, type: ["event_callback"], event: { ...eventFilter, type: [type] } } } as never,
    });
    // The endpoint's generic example (`{ foo: "bar" }`) is not a Slack event, so it is not carried over.
    const { name, source, icon } = this.#http.event;
    this.event = {
      name,
      source,
      icon,
      title: `Slack ${type}`,
      parsePayload: (payload) => this.#parse(payload),
      runProperties: (payload) => [
        { label: "Event", text: payload.event.type },
        { label: "Team", text: payload.team_id },
        ...this.#property("Channel", (payload.event as { channel?: unknown }).channel),
        ...this.#property("User", (payload.event as { user?: unknown }).user),
      ],
    };
  }

  /** Trigger metadata: the SDK's own HTTP trigger registration, filtered on `type` and `event.type`. */
  toJSON(): ReturnType<Trigger<EventSpecification<unknown>>["toJSON"]> {
    return this.#http.toJSON();
  }

  /** Nothing to register: the endpoint carries the registration. */
  attachToJob(_client: TriggerClient, _job: unknown): void {}

  /** Runs are not preprocessed. */
  get preprocessRuns(): boolean {
    return false;
  }

  /** Checks the stored request's Slack signature before the job runs (test runs skip this in the SDK). */
  verifyPayload = async (payload: SlackEventPayload<TType>): Promise<VerifyResult> => {
    const request = this.#requests.get(payload);
    if (!request)
      return { success: false, reason: "Slack: this payload did not come from a Slack Events API request." };
    return this.#endpoint.verifyStored({ headers: new Headers(request.headers), rawBody: request.rawBody });
  };

  #parse(payload: unknown): SlackEventPayload<TType> {
    if (!isStoredRequest(payload)) {
      throw new SlackEventsError(
        this.#endpoint.integrationId,
        "malformed-payload",
        `HTTP endpoint "${this.#endpoint.id}": the run's payload is not the HTTP request Trigger.dev stores for an endpoint.`,
      );
    }
    const body = parseSlackEventsRequest(payload.rawBody, this.#endpoint.integrationId);
    if (body.type !== "event_callback" || body.event.type !== this.type) {
      throw new SlackEventsError(
        this.#endpoint.integrationId,
        "malformed-payload",
        `HTTP endpoint "${this.#endpoint.id}": expected a ${this.type} event, got ${body.type === "event_callback" ? body.event.type : body.type}.`,
      );
    }
    const envelope = body as unknown as SlackEventPayload<TType>;
    this.#requests.set(envelope, payload);
    return envelope;
  }

  #property(label: string, value: unknown) {
    return typeof value === "string" ? [{ label, text: value }] : [];
  }
}
