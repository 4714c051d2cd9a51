import { isStoredHttpRequest, type StoredHttpRequest } from "../stored-http-request.js";
import type { EventSpecification, Trigger, VerifyResult } from "../v2-api/index.js";
import { eventReceivedAt, type GuardedRunContext, guardJobRun } from "./guard-job-run.js";
import type { WebhookEndpoint } from "./webhook-endpoint.js";
import { verifiedDelivery } from "./webhook-receiver.js";
import { WebhookRejectedError } from "./webhook-rejected-error.js";

/** What one trigger of a {@link WebhookEndpoint} runs for, and how it shows its runs. */
export interface EndpointTriggerSpec<TEvent, TPayload extends TEvent> {
  /** Dashboard title (`"Slack app_mention"`). */
  readonly title: string;
  /** Trigger.dev's rule over the stored request (`{ method: ["POST"], body: { ... } }`). */
  readonly filter: Record<string, unknown>;
  /** Whether an event of the endpoint is one this trigger runs for. */
  accepts(event: TEvent): event is TPayload;
  /** What it runs for, for refusals (`"a reaction_added event"`). */
  readonly expected: string;
  /** What an event it does not accept is, for refusals (`"app_mention"`). */
  describe(event: TEvent): string;
  /** Properties shown beside each run. */
  runProperties?(payload: TPayload): { label: string; text: string; url?: string }[];
}

/**
 * A job trigger on one kind of event of a {@link WebhookEndpoint}. Registered with Trigger.dev as
 * the SDK's own `onRequest` trigger with the spec's rule, but the job receives the verified,
 * parsed event instead of a `Request`, and before each execution the stored request's method,
 * signature and age at the time Trigger.dev received it are checked (test runs skip this, as the
 * SDK skips `verifyPayload` for them).
 */
export class EndpointTrigger<TEvent, TPayload extends TEvent> implements Trigger<EventSpecification<TPayload>> {
  /** The event specification the SDK parses each run's payload with. */
  readonly event: EventSpecification<TPayload>;
  readonly #http: ReturnType<WebhookEndpoint<TEvent>["httpEndpoint"]["onRequest"]>;
  readonly #endpoint: WebhookEndpoint<TEvent>;
  readonly #spec: EndpointTriggerSpec<TEvent, TPayload>;
  // The run's stored request, kept beside the parsed payload for the checks before the job runs.
  readonly #requests = new WeakMap<object, StoredHttpRequest>();

  constructor(endpoint: WebhookEndpoint<TEvent>, spec: EndpointTriggerSpec<TEvent, TPayload>) {
    this.#endpoint = endpoint;
    this.#spec = spec;
    this.#http = endpoint.httpEndpoint.onRequest({ filter: spec.filter as never });
    // The endpoint's generic example (`{ foo: "bar" }`) is not the service's event, so it is not carried over.
    const { name, source, icon } = this.#http.event;
    this.event = {
      name,
      source,
      icon,
      title: spec.title,
      parsePayload: (payload) => this.#parse(payload),
      ...(spec.runProperties ? { runProperties: spec.runProperties } : {}),
    };
  }

  /** Trigger metadata: the SDK's own HTTP trigger registration, with the spec's rule. */
  toJSON(): ReturnType<Trigger<EventSpecification<unknown>>["toJSON"]> {
    return this.#http.toJSON();
  }

  /**
   * Guards the job's run: the SDK's `verifyPayload` gets no run context, so the full check, which
   * needs the time Trigger.dev received the request, runs with the context just before `run`.
   */
  attachToJob(_client: unknown, job: { readonly options: object }): void {
    guardJobRun(job, this.#guard);
  }

  /** Runs are not preprocessed. */
  get preprocessRuns(): boolean {
    return false;
  }

  /** The SDK's check before the job runs: the payload came from a stored request (the rest is in the guard). */
  verifyPayload = async (payload: TPayload): Promise<VerifyResult> =>
    this.#requests.has(payload as object)
      ? { success: true }
      : {
          success: false,
          reason: this.#malformed("this payload did not come from a request to the endpoint.").message,
        };

  readonly #guard = async (payload: TPayload, ctx: GuardedRunContext): Promise<void> => {
    const request = this.#requests.get(payload as object);
    if (!request) throw this.#malformed("this payload did not come from a request to the endpoint.");
    const check = await this.#endpoint.verifyStored(request, eventReceivedAt(ctx));
    if (!check.ok) throw check.error;
  };

  #malformed(problem: string): WebhookRejectedError {
    const { origin, where } = this.#endpoint.where;
    const service = this.#endpoint.receiver.scheme.service;
    return new WebhookRejectedError(origin, {
      reason: "malformed-payload",
      where,
      message: `${service} webhook rejected (malformed-payload): ${problem}`,
    });
  }

  #parse(payload: unknown): TPayload {
    if (!isStoredHttpRequest(payload)) {
      throw this.#malformed("the run's payload is not the HTTP request Trigger.dev stores for an endpoint.");
    }
    const reading = this.#endpoint.receiver.read(verifiedDelivery(payload.rawBody, payload.headers, {}));
    if ("refuse" in reading) throw this.#malformed(reading.problem);
    if (!("event" in reading) || !this.#spec.accepts(reading.event)) {
      const got = "event" in reading ? this.#spec.describe(reading.event) : "a handshake";
      throw this.#malformed(`expected ${this.#spec.expected}, got ${got}.`);
    }
    this.#requests.set(reading.event as object, payload);
    return reading.event;
  }
}
