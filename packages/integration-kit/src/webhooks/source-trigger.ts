import { type HttpWebhookSource, SOURCE_KEY_CONTEXT, type SourceIntegration } from "./http-webhook-source.js";

/** The part of an event specification a source trigger reads. */
export interface SourceTriggerEvent {
  readonly name: string | string[];
  readonly source?: string;
  readonly filter?: Record<string, unknown>;
}

/** The part of a v2 `TriggerClient` a source trigger calls. */
interface SourceClient {
  attachSource(options: { key: string; source: unknown; event: unknown; params: unknown; options: unknown }): void;
}

/** Trigger.dev's id slug (the SDK's `slugifyId`): lower case, dashes for spaces, URL-safe characters only. */
export function slugifyId(input: string): string {
  return input
    .toLowerCase()
    .replace(/\s+/g, "-")
    .replace(/[^a-zA-Z0-9-._~]/g, "");
}

/** Trigger.dev's filter merge (`deepMergeFilters`): later filters win, objects merge. */
function mergeFilters(...filters: Record<string, unknown>[]): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const filter of filters) {
    for (const [key, value] of Object.entries(filter)) {
      const existing = result[key];
      const bothObjects = [existing, value].every((v) => v !== null && typeof v === "object" && !Array.isArray(v));
      result[key] = bothObjects
        ? mergeFilters(existing as Record<string, unknown>, value as Record<string, unknown>)
        : value;
    }
  }
  return result;
}

/**
 * A trigger on one source (what the SDK's `ExternalSourceTrigger` is, written against the shape
 * the v2 and v3 `TriggerClient` call), whose rule also requires events to come from its own source.
 * Trigger.dev matches an event against every job's rule whatever webhook delivered it, and a
 * service may send one event to several webhooks (a repository's and its organization's): without
 * this, each such job would run once per webhook.
 */
export function sourceTrigger<
  TEvent extends SourceTriggerEvent,
  TIntegration extends SourceIntegration,
  TParams,
>(options: {
  readonly event: TEvent;
  readonly params: TParams;
  readonly source: HttpWebhookSource<TIntegration, TParams>;
}) {
  const { event, params, source } = options;
  const sourceKey = slugifyId(source.key(params));
  return {
    /** The event specification jobs get their typed payload from. */
    event,
    /** The source key its rule requires. */
    sourceKey,
    toJSON() {
      return {
        type: "static" as const,
        title: "External Source",
        rule: {
          event: event.name,
          payload: mergeFilters(source.filter(params), event.filter ?? {}),
          source: event.source,
          context: { [SOURCE_KEY_CONTEXT]: [sourceKey] },
        },
        properties: source.properties(params),
      };
    },
    attachToJob(client: SourceClient) {
      client.attachSource({ key: sourceKey, source, event, params, options: {} });
    },
    preprocessRuns: true,
    async verifyPayload() {
      return { success: true as const };
    },
  };
}
