import { withDeadline } from "./deadline.js";
/** A response the {@link JsonHttpClient} could not use: an error status, or a body that is not JSON. */
export class HttpResponseError extends Error {
  /** Machine-readable reason. */
  readonly code = "HTTP_RESPONSE";

  constructor(
    /** HTTP status of the response. */
    readonly status: number,
    /** Response headers, lower-cased names. */
    readonly headers: Record<string, string>,
    /** The response body as text, or its parsed JSON when it was JSON. */
    readonly body: unknown,
    /** True when the body was not JSON (whatever the status). */
    readonly unreadableBody = false,
  ) {
    super(unreadableBody ? `HTTP ${status} with a body that is not JSON` : `HTTP ${status}`);
    this.name = "HttpResponseError";
  }
}

/** Settings for {@link JsonHttpClient}. */
export interface JsonHttpClientOptions {
  /** API root every path is appended to (`https://api.example.com/v1`). */
  baseUrl: string;
  /** Headers sent with every request, typically `authorization`. */
  headers?: Record<string, string>;
  /** Abort a request after this many milliseconds. */
  timeoutMs?: number;
  /** The fetch to use (tests, proxies); the global one by default. */
  fetch?: typeof fetch;
}

/**
 * The smallest client a service without a vendor SDK needs: JSON in, JSON out, errors as
 * {@link HttpResponseError}, which the kit's default failure policy already understands.
 */
export class JsonHttpClient {
  readonly #options: JsonHttpClientOptions;

  constructor(options: JsonHttpClientOptions) {
    this.#options = { ...options, baseUrl: options.baseUrl.replace(/\/+$/, "") };
  }

  /** GET `path` and return its JSON. */
  get<T = unknown>(path: string): Promise<T> {
    return this.request<T>("GET", path);
  }

  /** POST `body` as JSON to `path` and return the answer's JSON. */
  post<T = unknown>(path: string, body: unknown): Promise<T> {
    return this.request<T>("POST", path, body);
  }

  /** Any method; `body` is sent as JSON when given. */
  async request<T = unknown>(method: string, path: string, body?: unknown): Promise<T> {
    return (await this.requestWithHeaders<T>(method, path, body)).data;
  }

  /**
   * {@link JsonHttpClient.request} with the answer's headers too (for `Link` pagination). `path`
   * may also be an absolute URL under `baseUrl`, as a `Link` header names the next page.
   */
  async requestWithHeaders<T = unknown>(
    method: string,
    path: string,
    body?: unknown,
  ): Promise<{ data: T; headers: Record<string, string> }> {
    const { baseUrl, headers, timeoutMs, fetch: doFetch = fetch } = this.#options;
    const url = path.startsWith(`${baseUrl}/`) ? path : `${baseUrl}${path.startsWith("/") ? path : `/${path}`}`;
    // The deadline covers the body too: a server that sends headers and then stalls is no answer.
    const { response, text } = await withDeadline(timeoutMs, async (signal) => {
      const answer = await doFetch(url, {
        method,
        headers: {
          accept: "application/json",
          ...(body === undefined ? {} : { "content-type": "application/json" }),
          ...headers,
        },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal,
      });
      return { response: answer, text: await answer.text() };
    });
    const responseHeaders = Object.fromEntries(response.headers);
    let parsed: unknown = text;
    let readable = text === "";
    try {
      if (text !== "") {
        parsed = JSON.parse(text);
        readable = true;
      }
    } catch {
      // Left as text: the error below carries it, and the failure policy says what it means.
    }
    // Whatever the status, a body that is not JSON did not come from the API (a proxy, a portal).
    if (!readable) throw new HttpResponseError(response.status, responseHeaders, text, true);
    if (!response.ok) throw new HttpResponseError(response.status, responseHeaders, parsed);
    return { data: (text === "" ? null : parsed) as T, headers: responseHeaders };
  }
}
