/**
 * What Trigger.dev's server does for `io.backgroundFetchResponse` and `io.backgroundPoll`: the run
 * hands it a request (credential headers marked with the SDK's `redactString`), the server sends
 * it, and the task completes with the answer. The harness does the same, once per operation.
 */

/** A header value as the SDK's `redactString` marks it: stored redacted, filled in when sent. */
interface RedactedString {
  readonly __redactedString: true;
  readonly strings: readonly string[];
  readonly interpolations: readonly string[];
}

interface RequestInitLike {
  readonly method?: string;
  readonly headers?: Record<string, unknown>;
  readonly body?: string;
}

/** The params the SDK stores on a background operation's task. */
export interface BackgroundOperationParams {
  readonly url: string;
  readonly requestInit?: RequestInitLike;
  /** fetch-poll: seconds between requests, and in all. */
  readonly interval?: number;
  readonly timeout?: number;
  /** fetch-poll: when to stop, `{ status: [200], body: { status: ["completed"] } }`. */
  readonly responseFilter?: { status?: number[]; body?: Record<string, unknown[]> };
}

const isRedacted = (value: unknown): value is RedactedString =>
  typeof value === "object" && value !== null && (value as RedactedString).__redactedString === true;

function send(params: BackgroundOperationParams): Promise<Response> {
  const { method = "GET", headers = {}, body } = params.requestInit ?? {};
  const filled = Object.fromEntries(
    Object.entries(headers).map(([name, value]) => [
      name,
      isRedacted(value)
        ? value.strings.map((part, i) => `${part}${value.interpolations[i] ?? ""}`).join("")
        : String(value),
    ]),
  );
  return fetch(params.url, { method, headers: filled, ...(body === undefined ? {} : { body }) });
}

async function bodyOf(response: Response): Promise<unknown> {
  const text = await response.text();
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** `fetch-response`: sends the request once; the task's output is `{ status, headers, data }`. */
export async function fetchResponse(params: BackgroundOperationParams) {
  const response = await send(params);
  return { status: response.status, headers: Object.fromEntries(response.headers), data: await bodyOf(response) };
}

/**
 * `fetch-poll`: sends the request every `interval` seconds (waiting with `wait`, on the harness
 * clock) until the answer matches `responseFilter` or `timeout` passes; the output is its body.
 */
export async function pollUntilMatched(params: BackgroundOperationParams, wait: (seconds: number) => Promise<void>) {
  const interval = params.interval ?? 10;
  const rounds = Math.max(1, Math.ceil((params.timeout ?? 600) / interval));
  const { status = [], body: fields = {} } = params.responseFilter ?? {};
  for (let round = 0; round < rounds; round++) {
    if (round > 0) await wait(interval);
    const response = await send(params);
    const body = await bodyOf(response);
    const matches =
      (status.length === 0 || status.includes(response.status)) &&
      Object.entries(fields).every(([name, allowed]) => allowed.includes((body as Record<string, unknown>)?.[name]));
    if (matches) return body;
  }
  throw new Error(`background poll of ${new URL(params.url).host} did not match within ${params.timeout ?? 600} s`);
}
