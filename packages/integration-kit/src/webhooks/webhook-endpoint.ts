import type { HttpEndpoint, HttpEndpointClient, VerifyResult } from "../v2-api/index.js";

export type { HttpEndpointClient } from "../v2-api/index.js";

import type { ErrorOrigin } from "../errors.js";
import {
  checkWebhookRequest,
  type ReceiveWebhookOptions,
  receiveWebhook,
  type WebhookCheck,
} from "./receive-webhook.js";
import type { HttpEndpointRequest } from "./verify-http-endpoint-request.js";
import type { WebhookReceiver } from "./webhook-receiver.js";

/** The SDK's HTTP endpoint object, as `client.defineHttpEndpoint` returns it. */
export type SdkHttpEndpoint = HttpEndpoint;

/** What a {@link WebhookEndpoint} is made of. */
export interface WebhookEndpointOptions<TEvent> {
  /** Service and integration, for messages. */
  readonly origin: ErrorOrigin;
  /** The service's receiver. */
  readonly receiver: WebhookReceiver<TEvent>;
  /** The signing secret (`resolveSigningSecret` reads it); undefined refuses every request (`500`). */
  readonly secret: string | undefined;
  /** The endpoint's id in the Trigger.dev project. */
  readonly id: string;
  /** The event source Trigger.dev records (`"slack.com"`). */
  readonly source: string;
  readonly icon: string;
  readonly title: string;
  /** Set `false` to stop triggering runs without removing the endpoint. */
  readonly enabled?: boolean;
}

/**
 * A Trigger.dev v2 HTTP endpoint (`client.defineHttpEndpoint`) that answers every request with the
 * kit's receiver: other methods, unsigned, stale, forged and malformed requests get a non-200
 * answer, so Trigger.dev starts no run for them, and the service's handshake is answered. Runs it
 * does start check their stored request again before the job (see {@link EndpointTrigger}).
 */
export class WebhookEndpoint<TEvent> {
  /**
   * The SDK's endpoint, for `onRequest()` triggers of your own. Their runs re-check method and
   * signature at the current time before each execution (the SDK gives them no receipt time), so
   * one re-executed after the replay window fails; triggers of the endpoint judge age at receipt.
   */
  readonly httpEndpoint: SdkHttpEndpoint;
  /** The service's receiver. */
  readonly receiver: WebhookReceiver<TEvent>;
  readonly #origin: ErrorOrigin;
  readonly #secret: string | undefined;

  constructor(client: HttpEndpointClient, options: WebhookEndpointOptions<TEvent>) {
    this.#origin = options.origin;
    this.#secret = options.secret;
    this.receiver = options.receiver;
    this.httpEndpoint = client.defineHttpEndpoint({
      id: options.id,
      source: options.source,
      icon: options.icon,
      title: options.title,
      ...(options.enabled === undefined ? {} : { enabled: options.enabled }),
      // An empty filter matches every request, so `handle` answers all of them: a method left out
      // would get Trigger.dev's own 200 and be stored for runs without any check.
      respondWith: { filter: {}, handler: (request) => this.handle(request) },
      verify: async (request) => toVerifyResult(await this.verify(request)),
    });
  }

  /** The `id` of the integration this endpoint belongs to. */
  get integrationId(): string {
    return this.#origin.integrationId;
  }

  /** The endpoint's id (as the SDK slugified it). */
  get id(): string {
    return this.httpEndpoint.id;
  }

  /** Service, integration and this endpoint, for messages. */
  get where(): { readonly origin: ErrorOrigin; readonly where: string } {
    return { origin: this.#origin, where: `HTTP endpoint "${this.id}"` };
  }

  /** Answers a request with the kit's one status table and body shape, or the handshake reply. */
  async handle(request: Request): Promise<Response> {
    return (await receiveWebhook(this.receiver, request, this.#options(Date.now()))).response();
  }

  /** Checks method, signature and age at `receivedAt` (default now). Reads a clone, so the request stays readable. */
  verify(request: Request, options: { receivedAt?: Date | number } = {}): Promise<WebhookCheck> {
    const receivedAt = options.receivedAt === undefined ? Date.now() : Number(options.receivedAt);
    return checkWebhookRequest(this.receiver, request.clone(), this.#options(receivedAt));
  }

  /**
   * The check a run makes before its job starts, on the request Trigger.dev stored, with the time
   * Trigger.dev received it (`ctx.event.timestamp`): it does not change when the run is
   * re-executed after a wait or a retry, so a request verified on arrival stays verified, and one
   * that arrived stale never passes; an unknown time is refused.
   */
  verifyStored(request: HttpEndpointRequest, receivedAt: number | undefined): Promise<WebhookCheck> {
    return checkWebhookRequest(this.receiver, request, this.#options(receivedAt));
  }

  #options(receivedAt: number | undefined): ReceiveWebhookOptions {
    return { secret: this.#secret, ...this.where, receivedAt };
  }
}

function toVerifyResult(check: WebhookCheck): VerifyResult {
  return check.ok ? { success: true } : { success: false, reason: check.message };
}
