/**
 * The per-call request options `@trigger.dev/openai` took where a list's params go
 * (`list(key, { idempotencyKey })`). They are accepted and left out of the request: the
 * idempotency key did nothing, and `defaultHeaders` / `defaultQuery` cover headers and query.
 */
export interface V2RequestOptions {
  method?: "get" | "post" | "put" | "patch" | "delete";
  path?: string;
  query?: Record<string, string | undefined>;
  headers?: Record<string, string | null | undefined>;
  idempotencyKey?: string;
}

const REQUEST_OPTION_KEYS = ["method", "path", "query", "headers", "idempotencyKey"];

/** The params without `@trigger.dev/openai`'s request options. */
export function withoutRequestOptions<P extends object>(params: P | V2RequestOptions | undefined): P {
  if (!params) return {} as P;
  return Object.fromEntries(Object.entries(params).filter(([name]) => !REQUEST_OPTION_KEYS.includes(name))) as P;
}

/** A create's params with `stream` forced off: a task answers once, as JSON. */
export const nonStreaming = <P extends { stream?: boolean | null }>(params: P): P & { stream: false } => ({
  ...params,
  stream: false,
});
