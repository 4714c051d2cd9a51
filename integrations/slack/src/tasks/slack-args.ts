/**
 * A method's arguments without `token` (the integration supplies the credential). Each member of a
 * union keeps its own shape; `undefined` (the SDK's "arguments optional") is left to {@link OptionalArgs}.
 */
export type SlackArgs<T> = T extends object ? Omit<T, "token"> : never;

/** Arguments that may be left out entirely when none of them is required (`users.list`, `auth.test`). */
export type OptionalArgs<T> = Partial<SlackArgs<T>> extends SlackArgs<T> ? SlackArgs<T> | undefined : SlackArgs<T>;

/**
 * Params as callers passed them, minus a `token` a JavaScript caller may have slipped in: the
 * `WebClient` would send it instead of the run's credential.
 */
export function withoutToken<T>(params: T): T {
  if (!params || typeof params !== "object" || !("token" in params)) return params;
  const { token: _token, ...rest } = params as Record<string, unknown>;
  return rest as T;
}
