import type { TaskCallContext } from "./task-declaration.js";

/**
 * What repeating a task could do, declared per task so no retry doubles a side effect:
 * - `"none"`: it only reads; retried freely.
 * - `"idempotent"`: doing it twice leaves the same state (update, delete, set, add a label).
 * - `"deduplicated"`: the service deduplicates on the key the call sends (`context.idempotencyKey`).
 * - `{ findEarlier, mark }`: before creating again on a retry, look for what an earlier try made,
 *   found by the marker `mark` put on it.
 * - `"unchecked"`: it creates something no lookup can find; after a failure that may have happened
 *   after the service acted (lost response, timeout, 5xx), the task fails without a retry and says so.
 */
export type SideEffect<TClient, P, R> =
  | "none"
  | "idempotent"
  | "deduplicated"
  | "unchecked"
  | EarlierResultCheck<TClient, P, R>;

/** How the kit finds what an earlier try of a create made. */
export interface EarlierResultCheck<TClient, P, R> {
  /** What the task creates, for messages (`"issue"`, `"message"`). */
  readonly creates: string;
  /**
   * The fields that attach `marker` where `findEarlier` can see it (a hidden comment in a body,
   * message metadata), merged over the params before the create is sent.
   */
  mark(params: P, marker: string): Record<string, unknown>;
  /** The earlier result carrying `marker`, or undefined when no earlier try created it. */
  findEarlier(client: TClient, params: P, marker: string, context: TaskCallContext): Promise<R | undefined>;
}

/** Socket errors raised before a request was sent: the service cannot have acted. */
const NOT_SENT = new Set(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "UND_ERR_CONNECT_TIMEOUT", "ERR_INVALID_URL"]);

/** True when an error shows the request never left: nothing to double on a retry. */
export function wasNeverSent(error: unknown): boolean {
  const seen = new Set<unknown>();
  let current: unknown = error;
  while (current && typeof current === "object" && !seen.has(current)) {
    seen.add(current);
    const { code, cause, original } = current as { code?: unknown; cause?: unknown; original?: unknown };
    if (typeof code === "string" && NOT_SENT.has(code)) return true;
    current = cause ?? original;
  }
  return false;
}

/** The name shown for a side effect in messages and the README tables. */
export function describeSideEffect<TClient, P, R>(effect: SideEffect<TClient, P, R>): string {
  return typeof effect === "string" ? effect : `checked (${effect.creates})`;
}
