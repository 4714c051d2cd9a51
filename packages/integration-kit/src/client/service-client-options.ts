/**
 * Where a plain client gets its credential: the value, or a function asked before every call. A
 * function may give `undefined` (an unset environment variable): that call fails, saying so.
 */
export type TokenSource = string | (() => string | undefined | Promise<string | undefined>);

/** Options every `<Service>Client` accepts; services add their own on top. */
export interface ServiceClientOptions {
  /**
   * The API token, or a function returning it (sync or async). A function is called before every
   * call, so a rotating or short-lived credential works and nothing is read at import time; the
   * vendor client is reused per token. `undefined` (an unset environment variable) throws at once.
   */
  token: TokenSource | undefined;
  /** API root, for a self-hosted service or a local stand-in: an absolute http(s) URL, checked at construction. */
  baseUrl?: string;
  /** Longest one call waits on the service before failing with a retryable timeout, in ms (default 60 000). */
  timeoutMs?: number;
  /** Names this client in error messages when you have several (default: the service's id, `"github"`). */
  id?: string;
}

/** What a service's `createClient` gets besides the credential: the caller's options, checked. */
export interface ClientSettings<TOptions extends ServiceClientOptions> {
  /** The options the client was created with (frozen). */
  readonly options: Readonly<TOptions>;
  /** The timeout every call runs under; vendor clients should use it as their request timeout too. */
  readonly timeoutMs: number;
}
