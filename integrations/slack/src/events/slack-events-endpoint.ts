import {
  type HttpEndpointRejection,
  type HttpEndpointRequest,
  type StoredHttpRequest,
  verifyHttpEndpointRequest,
} from "@acme/integration-kit";
import type { TriggerClient, VerifyResult } from "@trigger.dev/sdk";
import { parseSlackEventsRequest } from "./parse-slack-events-request.js";
import { type SlackEventFilter, SlackEventTrigger } from "./slack-event-trigger.js";
import type { SlackEventType } from "./slack-event-types.js";
import { SlackEventsError, type SlackEventsErrorReason } from "./slack-events-error.js";
import { slackSignatureScheme } from "./slack-signature-scheme.js";

/** The environment variable the signing secret is read from when `signingSecret` is not passed. */
export const SLACK_SIGNING_SECRET_ENV = "SLACK_SIGNING_SECRET";

/** Options of `slack.events.endpoint(client, options)`. */
export interface SlackEventsEndpointOptions {
  /** The HTTP endpoint's id in your Trigger.dev project; its URL is what you paste into Slack as the Request URL. */
  id: string;
  /**
   * The app's signing secret (Basic Information → App Credentials). Leave the key out to read
   * `SLACK_SIGNING_SECRET`; without a secret every request is rejected.
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
export type SlackRequestVerification =
  | { readonly ok: true }
  | {
      readonly ok: false;
      readonly reason: SlackEventsErrorReason;
      /** Names the integration and the endpoint, then what was wrong. */
      readonly message: string;
      /** What was wrong, naming the endpoint but not the integration (as a SlackEventsError adds it). */
      readonly detail: string;
    };

const REASONS: Readonly<Record<HttpEndpointRejection, SlackEventsErrorReason>> = {
  "no-secret-configured": "no-signing-secret",
  "missing-signature": "missing-signature",
  "malformed-signature": "malformed-signature",
  "signature-mismatch": "signature-mismatch",
  "missing-timestamp": "missing-timestamp",
  "stale-timestamp": "stale-timestamp",
  "method-not-allowed": "method-not-allowed",
  "missing-received-time": "missing-received-time",
};

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json", ...headers } });

/**
 * A Trigger.dev HTTP endpoint that receives Slack's Events API: it answers every request itself,
 * verifies its method (POST only: the signature does not cover it) and `X-Slack-Signature` (v0,
 * 5-minute replay window), answers the `url_verification` handshake, and refuses other methods,
 * unsigned, stale, forged and malformed requests with a non-200 answer, so Trigger.dev starts no
 * run for them. Jobs trigger on event types with {@link SlackEventsEndpoint.on}.
 */
export class SlackEventsEndpoint {
  /**
   * The SDK's endpoint, for `onRequest()` triggers of your own. Their runs re-check method and
   * signature at the current time before each execution (the SDK gives them no receipt time), so
   * one re-executed more than 5 minutes after delivery fails; `.on()` judges age at receipt instead.
   */
  readonly httpEndpoint: SdkHttpEndpoint;
  readonly #integrationId: string;
  readonly #secret: string | undefined;

  constructor(client: HttpEndpointClient, integrationId: string, options: SlackEventsEndpointOptions) {
    if (typeof options?.id !== "string" || options.id === "") {
      throw new SlackEventsError(
        integrationId,
        "invalid-options",
        'slack.events.endpoint() needs an `id`, e.g. { id: "slack-events" }.',
      );
    }
    this.#integrationId = integrationId;
    this.#secret = "signingSecret" in options ? options.signingSecret : process.env[SLACK_SIGNING_SECRET_ENV];
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
    return this.#integrationId;
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
  async verify(request: Request, options: { receivedAt?: Date | number } = {}): Promise<SlackRequestVerification> {
    const clone = request.clone();
    const receivedAt = options.receivedAt === undefined ? Date.now() : Number(options.receivedAt);
    return this.#check({ method: clone.method, headers: clone.headers, rawBody: await clone.text() }, receivedAt);
  }

  /**
   * Answers a request as Slack expects: 405 for any method but POST, 401 (500 without a signing
   * secret) when it fails verification, 400 when it is malformed, the challenge for
   * `url_verification`, else 200.
   */
  async handle(request: Request): Promise<Response> {
    const rawBody = await request.text();
    const verification = await this.#check({ method: request.method, headers: request.headers, rawBody }, Date.now());
    if (!verification.ok) {
      const { reason, message } = verification;
      if (reason === "method-not-allowed") return json(405, { ok: false, error: reason, message }, { allow: "POST" });
      return json(reason === "no-signing-secret" ? 500 : 401, { ok: false, error: reason, message });
    }
    try {
      const body = parseSlackEventsRequest(rawBody, this.#integrationId);
      return body.type === "url_verification" ? json(200, { challenge: body.challenge }) : json(200, { ok: true });
    } catch (error) {
      const detail = error instanceof SlackEventsError ? error.detail : String(error);
      return json(400, { ok: false, error: "malformed-payload", message: this.#describe(detail) });
    }
  }

  /**
   * The check a run makes before its job starts: a POST, correctly signed, and signed within 5
   * minutes of `receivedAt`, when Trigger.dev received it (the run's `ctx.event.timestamp`). That
   * time does not change when the run is re-executed after a wait or a retry, so a request verified
   * on arrival stays verified, and one that arrived stale never passes.
   */
  async verifyStored(request: StoredHttpRequest, receivedAt: number | undefined): Promise<SlackRequestVerification> {
    return this.#check(request, receivedAt);
  }

  #describe(detail: string): string {
    return `Slack integration (${this.#integrationId}), HTTP endpoint "${this.id}": ${detail}`;
  }

  async #check(request: HttpEndpointRequest, receivedAt: number | undefined): Promise<SlackRequestVerification> {
    const result = await verifyHttpEndpointRequest(slackSignatureScheme, { request, secret: this.#secret, receivedAt });
    if (result.ok) return result;
    if (result.reason !== "no-secret-configured") return this.#refuse(REASONS[result.reason], result.message);
    return this.#refuse(
      "no-signing-secret",
      `no signing secret is configured, so every Events API request is rejected. Set ${SLACK_SIGNING_SECRET_ENV} ` +
        "(your Slack app's Basic Information → App Credentials → Signing Secret) or pass `signingSecret` to slack.events.endpoint().",
    );
  }

  #refuse(reason: SlackEventsErrorReason, problem: string): SlackRequestVerification {
    const detail = `HTTP endpoint "${this.id}": ${problem}`;
    return { ok: false, reason, message: this.#describe(problem), detail };
  }

  #toVerifyResult(verification: SlackRequestVerification): VerifyResult {
    return verification.ok ? { success: true } : { success: false, reason: verification.message };
  }
}
