import type { ErrorOrigin } from "../errors.js";
import { WebhookRejectedError } from "./webhook-rejected-error.js";

/** What registration needs to know about one of the service's webhooks. */
export interface ServiceHook {
  readonly id: string | number;
  /** Where it delivers. */
  readonly url: string;
  /** The events it sends (`"*"`: all of them). */
  readonly events: readonly string[];
}

/**
 * How to list, create and update one kind of webhook on a service, each call a task of the
 * register job. A service whose webhooks are signed with a secret we choose (GitHub) gets it in
 * `create` and `update`. A service that issues the secret itself (Stripe) implements
 * `issuedSecret`, which reads it from a created webhook, and `remove`: a webhook found at the
 * URL whose secret was never stored is replaced, since its secret cannot be read back.
 */
export interface WebhookHooks<THook> {
  /** Every webhook of the service (or of the repository, account, ...), all pages. */
  list(): Promise<readonly THook[]>;
  /** Its id, URL and events. */
  describe(hook: THook): ServiceHook;
  /** Creates a webhook to `url` for `events`; `secret` is given when we choose it. */
  create(spec: { readonly url: string; readonly events: readonly string[]; readonly secret?: string }): Promise<THook>;
  /**
   * Points `hook` at `url`, adding `addEvents` (none: it sends everything wanted already);
   * `events` is the whole list it should send; `secret` is given when we choose it.
   */
  update(
    hook: THook,
    change: {
      readonly url: string;
      readonly events: readonly string[];
      readonly addEvents: readonly string[] | undefined;
      readonly secret?: string;
    },
  ): Promise<THook>;
  /** For services that issue the signing secret: the secret in what `create` returned. */
  issuedSecret?(created: THook): string | undefined;
  /** For services that issue the signing secret: deletes a webhook whose secret we do not know. */
  remove?(hook: THook): Promise<void>;
}

/** What Trigger.dev hands a source's register function (`REGISTER_SOURCE_EVENT_V2`, as the SDK passes it). */
export interface WebhookRegistrationEvent {
  readonly source: {
    readonly url: string;
    /** The source's secret: Trigger.dev's own, or the one the last registration stored. */
    readonly secret: string;
    readonly active: boolean;
    /** What the last registration stored. */
    readonly data?: unknown;
  };
  readonly options: { readonly event: { readonly desired: readonly string[] } };
}

/** What registration stores on the source; `secret` replaces the source's when the service issued one. */
export interface RegisteredWebhookSource {
  data: { id: string | number; url: string; events: string[]; secretIssued?: true };
  secret?: string;
  options: { event: string[] };
}

/** The events `hook` does not send yet, or undefined when it sends them all (`*` sends everything). */
function missingEvents(hook: ServiceHook, desired: readonly string[]): string[] | undefined {
  if (hook.events.includes("*")) return undefined;
  const missing = desired.filter((name) => !hook.events.includes(name));
  return missing.length > 0 ? missing : undefined;
}

const storedFor = (data: unknown, hook: ServiceHook): boolean => {
  const stored = data as Partial<RegisteredWebhookSource["data"]> | null | undefined;
  return stored?.secretIssued === true && String(stored.id) === String(hook.id);
};

/**
 * Registers a webhook source idempotently: lists the webhooks, updates the one already pointing at
 * the source's URL (adding the events it lacks) or creates one; running it again leaves one
 * webhook. With a secret we choose, the webhook gets the source's; with one the service issues,
 * the source stores what the service returned, and a webhook at the URL whose secret was never
 * stored is replaced (never reused: its deliveries would all fail verification).
 */
export async function registerWebhookSource<THook>(
  event: WebhookRegistrationEvent,
  hooks: WebhookHooks<THook>,
  origin: ErrorOrigin,
): Promise<RegisteredWebhookSource> {
  const { url, secret, data } = event.source;
  const desired = [...new Set(event.options.event.desired)];
  const issues = typeof hooks.issuedSecret === "function";
  if (!issues && !secret) {
    throw new WebhookRejectedError(origin, {
      reason: "no-secret-configured",
      message:
        `can't register the webhook for ${url}: Trigger.dev supplied no secret, and an unsigned webhook ` +
        "would be refused on every delivery. Re-register the trigger from the Trigger.dev dashboard.",
    });
  }
  const ourSecret = issues ? {} : { secret };
  const found = (await hooks.list()).find((hook) => hooks.describe(hook).url === url);
  const result = (hook: THook, extra: Partial<RegisteredWebhookSource> = {}): RegisteredWebhookSource => {
    const { id, events } = hooks.describe(hook);
    return {
      data: { id, url, events: [...events], ...(issues ? { secretIssued: true as const } : {}) },
      options: { event: desired },
      ...extra,
    };
  };
  if (found && (!issues || storedFor(data, hooks.describe(found)))) {
    const addEvents = missingEvents(hooks.describe(found), desired);
    const events = [...new Set([...hooks.describe(found).events, ...desired])];
    return result(await hooks.update(found, { url, events, addEvents, ...ourSecret }));
  }
  if (found) {
    if (!hooks.remove) {
      throw new WebhookRejectedError(origin, {
        reason: "no-secret-configured",
        message: `can't reuse the webhook at ${url}: its signing secret was never stored and cannot be read back. Delete it in ${origin.service.name} and register again.`,
      });
    }
    await hooks.remove(found);
  }
  const created = await hooks.create({ url, events: desired, ...ourSecret });
  if (!issues) return result(created);
  const issued = hooks.issuedSecret?.(created);
  if (!issued) {
    throw new WebhookRejectedError(origin, {
      reason: "no-secret-configured",
      message: `the webhook created for ${url} came back without its signing secret, so its deliveries could not be verified.`,
    });
  }
  return result(created, { secret: issued });
}
