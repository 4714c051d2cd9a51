import type { EarlierResultCheck } from "@acme/integration-kit";
import type OpenAI from "openai";

/** The metadata key a create carries the task's idempotency key in, so a retry can find what it made. */
export const MARKER_KEY = "trigger_idempotency_key";

type Metadata = Record<string, string> | null | undefined;

/** Whether an object carries the marker in its metadata. */
export const isMarked = (item: unknown, marker: string): boolean =>
  (item as { metadata?: Metadata } | null)?.metadata?.[MARKER_KEY] === marker;

/**
 * The kit's earlier-result check for OpenAI objects that take `metadata` and can be listed: the
 * create carries the idempotency key in `metadata.trigger_idempotency_key`, and a retry looks for
 * it among the objects `list` returns (the newest first) before creating again.
 */
export function earlierByMetadata<P extends { metadata?: Metadata }, R>(
  creates: string,
  list: (client: OpenAI, params: P, marker: string) => Promise<readonly R[]>,
): EarlierResultCheck<OpenAI, P, R> {
  return {
    creates,
    mark: (params, marker) => ({ metadata: { ...(params.metadata ?? {}), [MARKER_KEY]: marker } }),
    findEarlier: async (client, params, marker) =>
      (await list(client, params, marker)).find((item) => isMarked(item, marker)),
  };
}
