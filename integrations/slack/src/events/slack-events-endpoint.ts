import {
  checkWebhookRequest,
  type ErrorOrigin,
  type HttpEndpointRequest,
  InvalidOptionsError,
  type ReceiveWebhookOptions,
  receiveWebhook,
  resolveSigningSecret,
  type WebhookCheck,
} from "@acme/integration-kit";
import type { TriggerClient, VerifyResult } from "@trigger.dev/sdk";
import { type SlackEventFilter, SlackEventTrigger } from "./slack-event-trigger.js";
import type { SlackEventType } from "./slack-event-types.js";
import { SLACK_SIGNING_SECRET_ENV, slackEventsReceiver } from "./slack-events-receiver.js";

/** Options of `slack.events.endpoint(client, options)`. */
export interface SlackEventsEndpointOptions {
  /** The HTTP endpoint's id in your Trigger.dev project; its URL is what you paste into Slack as the Request URL. */
  id: string;
  /**
   * The app's signing secret (Basic Information → App Credentials). Leave the key out to read
   * `SLACK_SIGNING_SECRET`; passed but empty (an unset variable) throws at construction.
   */
  signingSecret?: string;
  /** Title in the Trigger.dev dashboard (default "Slack Events API"). */
  title?: string;
  /** Set `false` to stop triggering runs without removing the endpoint. */
  enabled?: boolean;
}

/** The part of a v2 `TriggerClient` the endpoint needs. */
export type HttpEndpointClient = Pick<TriggerClient, "defineHttpEndpoint">;

/** The SDK's HTTP endpoint object, as `client.defineHttpEndpoint` returns it. */
export type SdkHttpEndpoint = ReturnType<TriggerClient["defineHttpEndpoint"]>;

/** The outcome of checking one request: `ok`, or why not (never containing the secret). */
export type SlackRequestVerification = WebhookCheck;

/**
 * A Trigger.dev HTTP endpoint that receives Slack's Events API with the kit's receiver: it answers
 * every request itself, verifies its method (POST only: the signature does not cover it) and
 * `X-Slack-Signature` (v0, 5-minute replay window), answers the `url_verification` handshake, and
 * refuses other methods, unsigned, stale, forged and malformed requests with a non-200 answer, so
 * Trigger.dev starts no run for them. Jobs trigger on event types with {@link SlackEventsEndpoint.on}.
 */
export class SlackEventsEndpoint {
  /**
   * The SDK's endpoint, for `onRequest()` triggers of your own. Their runs re-check method and
   * signature at the current time before each execution (the SDK gives them no receipt time), so
   * one re-executed more than 5 minutes after delivery fails; `.on()` judges age at receipt instead.
   */
  readonly httpEndpoint: SdkHttpEndpoint;
  readonly #origin: ErrorOrigin;
  readonly #secret: string | undefined;

  constructor(client: HttpEndpointClient, integrationId: string, options: SlackEventsEndpointOptions) {
    this.#origin = { service: { name: "Slack" }, integrationId };
    if (typeof options?.id !== "string" || options.id === "") {
      throw new InvalidOptionsError(
        this.#origin,
        'slack.events.endpoint() needs an `id`, e.g. { id: "slack-events" }.',
      );
    }
    this.#secret = resolveSigningSecret(this.#origin, options, {
      option: "signingSecret",
      env: SLACK_SIGNING_SECRET_ENV,
      creating: `the HTTP endpoint "${options.id}"`,
    });
    this.httpEndpoint = client.defineHttpEndpoint({
      id: options.id,
      source: "slack.com",
      icon: "slack",
      title: options.title ?? "Slack Events API",
      ...(options.enabled === undefined ? {} : { enabled: options.enabled }),
      // An empty filter matches every request, so `handle` answers all of them: a method left out
      // would get Trigger.dev's own 200 and be stored for runs without any check.
      respondWith: { filter: {}, handler: (request) => this.handle(request) },
      verify: async (request) => this.#toVerifyResult(await this.verify(request)),
    });
  }

  /** The `id` of the Slack integration this endpoint belongs to. */
  get integrationId(): string {
    return this.#origin.integrationId;
  }

  /** The endpoint's id (as the SDK slugified it). */
  get id(): string {
    return this.httpEndpoint.id;
  }

  /** A trigger for one event type; the job's payload is the typed event envelope. */
  on<TType extends SlackEventType>(type: TType, options: { filter?: SlackEventFilter } = {}): SlackEventTrigger<TType> {
    return new SlackEventTrigger(this, type, options.filter);
  }

  /**
   * Checks that a request is a POST, signed with the signing secret, and signed within 5 minutes
   * of `receivedAt` (default now). Reads a clone, so the request stays readable.
   */
  verify(request: Request, options: { receivedAt?: Date | number } = {}): Promise<SlackRequestVerification> {
    const receivedAt = options.receivedAt === undefined ? Date.now() : Number(options.receivedAt);
    return checkWebhookRequest(slackEventsReceiver, request.clone(), this.#options(receivedAt));
  }

  /**
   * Answers a request as Slack expects, with the kit's one status table: 405 for any method but
   * POST, 401 (500 without a signing secret) when it fails verification, 400 when it is
   * malformed, the challenge for `url_verification`, else 200.
   */
  async handle(request: Request): Promise<Response> {
    return (await receiveWebhook(slackEventsReceiver, request, this.#options(Date.now()))).response();
  }

  /**
   * The check a run makes before its job starts: a POST, correctly signed, and signed within 5
   * minutes of `receivedAt`, when Trigger.dev received it (the run's `ctx.event.timestamp`). That
   * time does not change when the run is re-executed after a wait or a retry, so a request verified
   * on arrival stays verified, and one that arrived stale never passes.
   */
  verifyStored(request: HttpEndpointRequest, receivedAt: number | undefined): Promise<SlackRequestVerification> {
    return checkWebhookRequest(slackEventsReceiver, request, this.#options(receivedAt));
  }

  #options(receivedAt: number | undefined): ReceiveWebhookOptions {
    return { secret: this.#secret, origin: this.#origin, where: `HTTP endpoint "${this.id}"`, receivedAt };
  }

  #toVerifyResult(verification: SlackRequestVerification): VerifyResult {
    return verification.ok ? { success: true } : { success: false, reason: verification.message };
  }
}
