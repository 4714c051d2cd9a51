/**
 * Vendor clients reused per credential. The SDK clones the integration on every `io.<key>`
 * access, so building a client each time is the main cost of a task; a client is never shared
 * between two credentials. Bounded: the least recently used client goes first.
 */
export class ClientCache<TClient> {
  readonly #clients = new Map<string, TClient | Promise<TClient>>();

  constructor(readonly capacity = 100) {}

  /**
   * The client for `credential`, built by `create` on first use. An async `create` is awaited once
   * however many calls wait for it; if it fails, the next call tries again.
   */
  async get(credential: string, create: (credential: string) => TClient | Promise<TClient>): Promise<TClient> {
    const cached = this.#clients.get(credential);
    if (cached !== undefined) {
      this.#clients.delete(credential);
      this.#clients.set(credential, cached);
      return cached;
    }
    const client = create(credential);
    this.#clients.set(credential, client);
    if (client instanceof Promise) {
      client.then(
        (built) => this.#clients.get(credential) === client && this.#clients.set(credential, built),
        () => this.#clients.get(credential) === client && this.#clients.delete(credential),
      );
    }
    if (this.#clients.size > this.capacity) {
      const oldest = this.#clients.keys().next().value;
      if (oldest !== undefined) this.#clients.delete(oldest);
    }
    return client;
  }

  /** How many clients are held. */
  get size(): number {
    return this.#clients.size;
  }
}
