import type { Answer } from "./stripe-error.js";

/** What a request with an `Idempotency-Key` finds, as Stripe treats a repeated key. */
export type IdempotentLookup =
  | { readonly kind: "new" }
  | { readonly kind: "replay"; readonly answer: Answer }
  | { readonly kind: "in-flight" }
  | { readonly kind: "mismatch" };

interface Entry {
  readonly fingerprint: string;
  answer: Answer | undefined;
}

/**
 * Stripe's idempotency, per account and key: the first request that starts executing keeps its
 * answer (success or error), and a repeat with the same method, path and parameters gets that
 * answer again, without acting twice. A repeat with other parameters is refused; one that
 * arrives while the first is still running is told to retry (409).
 */
export class IdempotencyStore {
  readonly #entries = new Map<string, Entry>();

  /** Looks the key up and, when it is new, reserves it for this request. */
  begin(account: string, key: string, fingerprint: string): IdempotentLookup {
    const id = `${account}\u0000${key}`;
    const entry = this.#entries.get(id);
    if (!entry) {
      this.#entries.set(id, { fingerprint, answer: undefined });
      return { kind: "new" };
    }
    if (entry.fingerprint !== fingerprint) return { kind: "mismatch" };
    return entry.answer ? { kind: "replay", answer: entry.answer } : { kind: "in-flight" };
  }

  /** Keeps the answer of a request that executed. */
  finish(account: string, key: string, answer: Answer): void {
    const entry = this.#entries.get(`${account}\u0000${key}`);
    if (entry) entry.answer = answer;
  }

  /** Frees a key whose request failed before executing (a validation error, a rate limit). */
  release(account: string, key: string): void {
    const id = `${account}\u0000${key}`;
    if (this.#entries.get(id)?.answer === undefined) this.#entries.delete(id);
  }

  clear(): void {
    this.#entries.clear();
  }
}
