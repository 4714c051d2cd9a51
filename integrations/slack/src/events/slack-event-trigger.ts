import {
  eventReceivedAt,
  type GuardedRunContext,
  guardJobRun,
  isStoredHttpRequest,
  type StoredHttpRequest,
  WebhookRejectedError,
} from "@acme/integration-kit";
import type { EventSpecification, Trigger, TriggerClient, VerifyResult } from "@trigger.dev/sdk";
import type { SlackEventEnvelope, SlackEventOf, SlackEventType } from "./slack-event-types.js";
import type { SlackEventsEndpoint } from "./slack-events-endpoint.js";
import { parseSlackEventsRequest } from "./slack-events-receiver.js";

/**
 * Trigger.dev's event filter syntax over the request body (`{ event: { channel: ["C0123"] } }`):
 * arrays list accepted values, objects descend, `{ $startsWith: "..." }` and friends compare.
 */
export interface SlackEventFilter {
  readonly [key: string]: SlackEventFilter | ReadonlyArray<string | number | boolean | Record<string, unknown>>;
}

/** The payload a job triggered by `on(type)` receives. */
export type SlackEventPayload<TType extends SlackEventType> = SlackEventEnvelope<SlackEventOf<TType>>;

/** The SDK's HTTP trigger, as `endpoint.onRequest()` returns it. */
type SdkHttpTrigger = ReturnType<SlackEventsEndpoint["httpEndpoint"]["onRequest"]>;

/**
 * Triggers a job on one Slack event type. Registered with Trigger.dev as the SDK's own `onRequest`
 * trigger, with a rule on the method (POST) and `event.type`, but the job receives the parsed,
 * typed envelope instead of a `Request`, and before each execution the stored request's method,
 * signature and age (at the time Trigger.dev received it) are checked.
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
  // The run's stored request, kept beside the parsed payload for the checks before the job runs.
  readonly #requests = new WeakMap<object, StoredHttpRequest>();

  constructor(endpoint: SlackEventsEndpoint, type: TType, filter: SlackEventFilter = {}) {
    this.#endpoint = endpoint;
    this.type = type;
    const eventFilter = (filter.event ?? {}) as SlackEventFilter;
    this.#http = endpoint.httpEndpoint.onRequest({
      filter: {
        method: ["POST"],
        body: { ...filter, type: ["event_callback"], event: { ...eventFilter, type: [type] } },
      } as never,
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

  /** Trigger metadata: the SDK's own HTTP trigger registration, filtered on the method, `type` and `event.type`. */
  toJSON(): ReturnType<Trigger<EventSpecification<unknown>>["toJSON"]> {
    return this.#http.toJSON();
  }

  /**
   * Guards the job's run: the SDK's `verifyPayload` gets no run context, so the full check, which
   * needs the time Trigger.dev received the request, runs with the context just before `run`.
   */
  attachToJob(_client: TriggerClient, job: { readonly options: object }): void {
    guardJobRun(job, this.#guard);
  }

  /** Runs are not preprocessed. */
  get preprocessRuns(): boolean {
    return false;
  }

  /**
   * The SDK's check before the job runs (test runs skip it): the payload came from a stored request.
   * Method, signature and age are checked next, with the run's context (see `attachToJob`).
   */
  verifyPayload = async (payload: SlackEventPayload<TType>): Promise<VerifyResult> =>
    this.#requests.has(payload) ? { success: true } : { success: false, reason: this.#notFromSlack().message };

  readonly #guard = async (payload: SlackEventPayload<TType>, ctx: GuardedRunContext): Promise<void> => {
    const request = this.#requests.get(payload);
    if (!request) throw this.#notFromSlack();
    const verification = await this.#endpoint.verifyStored(request, eventReceivedAt(ctx));
    if (!verification.ok) throw verification.error;
  };

  #notFromSlack(): WebhookRejectedError {
    return this.#malformed("this payload did not come from a Slack Events API request.");
  }

  #malformed(problem: string): WebhookRejectedError {
    return new WebhookRejectedError(
      { service: { name: "Slack" }, integrationId: this.#endpoint.integrationId },
      {
        reason: "malformed-payload",
        where: `HTTP endpoint "${this.#endpoint.id}"`,
        message: `Slack webhook rejected (malformed-payload): ${problem}`,
      },
    );
  }

  #parse(payload: unknown): SlackEventPayload<TType> {
    if (!isStoredHttpRequest(payload)) {
      throw this.#malformed("the run's payload is not the HTTP request Trigger.dev stores for an endpoint.");
    }
    const body = parseSlackEventsRequest(payload.rawBody, this.#endpoint.integrationId);
    if (body.type !== "event_callback" || body.event.type !== this.type) {
      const got = body.type === "event_callback" ? body.event.type : body.type;
      throw this.#malformed(`expected a ${this.type} event, got ${got}.`);
    }
    const envelope = body as unknown as SlackEventPayload<TType>;
    this.#requests.set(envelope, payload);
    return envelope;
  }

  #property(label: string, value: unknown) {
    return typeof value === "string" ? [{ label, text: value }] : [];
  }
}
