import { verifyWebhookSignature, type WebhookVerification } from "@acme/integration-kit";
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
  | { readonly ok: false; readonly reason: SlackEventsErrorReason; readonly message: string };

/** Headers and raw body of a request, as Trigger.dev stores it for a run. */
export interface SlackRawRequest {
  readonly headers: Headers;
  readonly rawBody: string;
}

const REASONS: Readonly<Record<Exclude<WebhookVerification, { ok: true }>["reason"], SlackEventsErrorReason>> = {
  "no-secret-configured": "no-signing-secret",
  "missing-signature": "missing-signature",
  "malformed-signature": "malformed-signature",
  "signature-mismatch": "signature-mismatch",
  "missing-timestamp": "missing-timestamp",
  "stale-timestamp": "stale-timestamp",
};

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });

/**
 * A Trigger.dev HTTP endpoint that receives Slack's Events API: it verifies every request's
 * `X-Slack-Signature` (v0, 5-minute replay window), answers the `url_verification` handshake, and
 * refuses unsigned, stale, forged and malformed requests with a non-200 answer, so Trigger.dev
 * starts no run for them. Jobs trigger on event types with {@link SlackEventsEndpoint.on}.
 */
export class SlackEventsEndpoint {
  /** The SDK's endpoint, for `onRequest()` triggers of your own (they run the same signature check). */
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
      // Every POST is answered by `handle`, so a request that fails verification gets a 401 and starts no run.
      respondWith: { filter: { method: ["POST"] }, handler: (request) => this.handle(request) },
      verify: async (request) => this.#toVerifyResult(await this.#check(request.headers, await request.text(), false)),
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
   * Checks a request's signature and, unless `replayWindow` is false, that it was signed within the
   * last 5 minutes. Reads a clone, so the request stays readable.
   */
  async verify(request: Request, options: { replayWindow?: boolean } = {}): Promise<SlackRequestVerification> {
    const clone = request.clone();
    return this.#check(clone.headers, await clone.text(), options.replayWindow ?? true);
  }

  /**
   * Answers a request as Slack expects: 401 (500 without a signing secret) when it fails
   * verification, 400 when it is malformed, the challenge for `url_verification`, else 200.
   */
  async handle(request: Request): Promise<Response> {
    const rawBody = await request.text();
    const verification = await this.#check(request.headers, rawBody, true);
    if (!verification.ok) {
      const status = verification.reason === "no-signing-secret" ? 500 : 401;
      return json(status, { ok: false, error: verification.reason, message: verification.message });
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
   * The check a run makes before its job starts. Freshness was judged when the request arrived; a
   * run re-executed after a wait or a retry may be hours later, so here only the signature counts.
   */
  async verifyStored(request: SlackRawRequest): Promise<VerifyResult> {
    return this.#toVerifyResult(await this.#check(request.headers, request.rawBody, false));
  }

  #describe(detail: string): string {
    return `Slack integration (${this.#integrationId}), HTTP endpoint "${this.id}": ${detail}`;
  }

  async #check(headers: Headers, rawBody: string, replayWindow: boolean): Promise<SlackRequestVerification> {
    if (!this.#secret) {
      return {
        ok: false,
        reason: "no-signing-secret",
        message: this.#describe(
          `no signing secret is configured, so every Events API request is rejected. Set ${SLACK_SIGNING_SECRET_ENV} ` +
            "(your Slack app's Basic Information → App Credentials → Signing Secret) or pass `signingSecret` to slack.events.endpoint().",
        ),
      };
    }
    const timestamp = headers.get(slackSignatureScheme.timestamp?.header ?? "")?.trim() ?? "";
    // Judging the signature alone: verify as of the signed time, which the signature itself covers.
    const now = !replayWindow && /^\d{1,12}$/.test(timestamp) ? Number(timestamp) * 1000 : undefined;
    const result = await verifyWebhookSignature(slackSignatureScheme, {
      rawBody,
      headers,
      secret: this.#secret,
      ...(now === undefined ? {} : { now }),
    });
    return result.ok ? result : { ok: false, reason: REASONS[result.reason], message: this.#describe(result.message) };
  }

  #toVerifyResult(verification: SlackRequestVerification): VerifyResult {
    return verification.ok ? { success: true } : { success: false, reason: verification.message };
  }
}
