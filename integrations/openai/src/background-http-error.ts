/**
 * An OpenAI error answer that Trigger.dev fetched in the background (`io.backgroundFetchResponse`):
 * the status, headers and body it handed back, read like the SDK's own `APIError`.
 */
export class BackgroundHttpError extends Error {
  /** HTTP status OpenAI answered. */
  readonly status: number;
  /** Response headers, lower-case names. */
  readonly headers: Readonly<Record<string, string>>;
  /** OpenAI's `error` object, when the body had one. */
  readonly error: unknown;

  constructor(status: number, headers: Record<string, string>, body: unknown) {
    const error = (body as { error?: unknown } | null)?.error;
    const message = (error as { message?: unknown } | undefined)?.message;
    super(`${status} ${typeof message === "string" ? message : typeof body === "string" ? body : "(no message)"}`);
    this.name = "BackgroundHttpError";
    this.status = status;
    this.headers = Object.fromEntries(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value]));
    this.error = error;
  }
}
