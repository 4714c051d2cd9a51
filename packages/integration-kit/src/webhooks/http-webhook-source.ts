import type { ErrorOrigin } from "../errors.js";
import { receiveWebhook } from "./receive-webhook.js";
import type { RegisteredWebhookSource, WebhookRegistrationEvent } from "./register-webhook-source.js";
import type { WebhookReceiver } from "./webhook-receiver.js";

/** The event-context field a source's handler sets to the source's key (`ctx.event.context["source-key"]`). */
export const SOURCE_KEY_CONTEXT = "source-key";

/** An event a source hands Trigger.dev. */
export interface SourceEvent {
  readonly id?: string;
  readonly name: string;
  readonly source?: string;
  readonly payload: unknown;
  readonly context?: Readonly<Record<string, unknown>>;
}

/** A dashboard property. */
export interface SourceProperty {
  readonly label: string;
  readonly text: string;
  readonly url?: string;
}

/** The integration a source belongs to, as the SDK reads it. */
export interface SourceIntegration {
  readonly id: string;
  readonly metadata: unknown;
  readonly authSource?: unknown;
}

/** Options of {@link HttpWebhookSource}: what the service declares about one kind of webhook. */
export interface HttpWebhookSourceOptions<TIntegration extends SourceIntegration, TParams> {
  /** Source id (`"github.repo"`). */
  readonly id: string;
  /** Bump when registration changes, so Trigger.dev registers again. */
  readonly version: string;
  readonly integration: TIntegration;
  /** The service's display name, for messages. */
  readonly service: string;
  /** Checks the params a trigger passes (Trigger.dev's `SchemaParser`). */
  readonly schema: { safeParse(value: unknown): unknown };
  /** What identifies one webhook among the integration's (`owner/repo`). */
  key(params: TParams): string;
  /** Dashboard properties of the source. */
  properties?(params: TParams): SourceProperty[];
  /** A payload filter every trigger of the source adds (its repository, say). */
  filter?(params: TParams): Record<string, unknown>;
  /** The service's receiver: each delivery is verified with the source's secret and read. */
  readonly receiver: WebhookReceiver<SourceEvent>;
  /** Registers the webhook (usually with `registerWebhookSource`), through the integration's tasks on `io`. */
  register(
    event: WebhookRegistrationEvent & { readonly params: TParams },
    io: unknown,
    ctx: unknown,
  ): Promise<RegisteredWebhookSource | undefined>;
}

interface HandledSource {
  readonly key: string;
  readonly secret?: string;
}

/**
 * A Trigger.dev v2 HTTP webhook source (what the SDK's `ExternalSource("HTTP", ...)` is), written
 * against the shape the v2 and v3 `TriggerClient` call instead of importing the SDK's class, so an
 * integration that offers sources still loads beside SDK 4 or without any SDK. Each delivery goes
 * through the kit's receiver with the source's secret; events carry the source's key in their
 * context, which triggers from {@link sourceTrigger} require.
 */
export class HttpWebhookSource<TIntegration extends SourceIntegration, TParams> {
  /** The SDK's channel name for webhook sources. */
  readonly channel = "HTTP" as const;
  readonly options: HttpWebhookSourceOptions<TIntegration, TParams>;

  constructor(options: HttpWebhookSourceOptions<TIntegration, TParams>) {
    this.options = options;
  }

  /** Verifies and reads one delivery (`DELIVER_HTTP_SOURCE_REQUEST`); a refusal is logged and answered, never run. */
  async handle(source: HandledSource, rawEvent: Request, logger: { warn(message: string): void }) {
    const origin: ErrorOrigin = { service: { name: this.options.service }, integrationId: this.integration.id };
    const receipt = await receiveWebhook(this.options.receiver, rawEvent, { secret: source.secret, origin });
    if (!receipt.ok) logger.warn(receipt.error.message);
    const events =
      receipt.kind === "event"
        ? [{ ...receipt.event, context: { ...receipt.event.context, [SOURCE_KEY_CONTEXT]: source.key } }]
        : [];
    return { events, response: { status: receipt.answer.status, body: receipt.answer.body } };
  }

  /** The payload filter for `params`. */
  filter(params: TParams): Record<string, unknown> {
    return this.options.filter?.(params) ?? {};
  }

  /** Dashboard properties for `params`. */
  properties(params: TParams): SourceProperty[] {
    return this.options.properties?.(params) ?? [];
  }

  /** Runs the registration with the event as the SDK's `ExternalSource` reshapes it (channel fields flattened). */
  register(params: TParams, registerEvent: Record<string, unknown>, io: unknown, ctx: unknown) {
    const { source, ...event } = registerEvent as { source: Record<string, unknown> };
    const { channel, ...rest } = source as { channel?: Record<string, unknown> };
    const { type: _type, ...channelFields } = channel ?? {};
    return this.options.register(
      { ...(event as object), source: { ...rest, ...channelFields }, params } as never,
      io,
      ctx,
    );
  }

  /** The source's key, as the SDK builds it: `<id>-HTTP-<key>-<integration id>`. */
  key(params: TParams): string {
    return [this.options.id, this.channel, this.options.key(params), this.integration.id].join("-");
  }

  /** The integration whose tasks register the webhook. */
  get integration(): TIntegration {
    return this.options.integration;
  }

  /** The integration's id and metadata. */
  get integrationConfig() {
    return { id: this.integration.id, metadata: this.integration.metadata };
  }

  /** The source id. */
  get id(): string {
    return this.options.id;
  }

  /** The source version. */
  get version(): string {
    return this.options.version;
  }
}
