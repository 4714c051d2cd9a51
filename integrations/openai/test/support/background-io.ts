import { createTestIO, type TestIO } from "@acme/integration-kit/testing";

/** A header value as the v2 SDK's `redactString` marks it. */
interface RedactedString {
  __redactedString: true;
  strings: string[];
  interpolations: string[];
}

const isRedacted = (value: unknown): value is RedactedString =>
  typeof value === "object" && value !== null && (value as RedactedString).__redactedString === true;

/** The header as Trigger.dev's server sends it: a redacted string filled in. */
function reveal(value: unknown): string {
  if (!isRedacted(value)) return String(value);
  return value.strings.map((part, i) => `${part}${value.interpolations[i] ?? ""}`).join("");
}

/** One background request a task handed to the run, as the test io received it. */
export interface BackgroundRequest {
  readonly kind: "fetch-response" | "fetch-poll";
  readonly url: string;
  readonly headers: Record<string, unknown>;
}

/**
 * The kit's test io plus what Trigger.dev's server does for `io.backgroundFetchResponse` and
 * `io.backgroundPoll`: it sends the request itself (redacted headers filled in) and hands back
 * `{ status, headers, data }`, or polls until the body matches. The requests go to the real
 * stand-in, so their URL, headers and body are checked against OpenAI's description too.
 */
export function createBackgroundIO(settings: { attempt?: number } = {}): TestIO & { background: BackgroundRequest[] } {
  const test = createTestIO(settings);
  const background: BackgroundRequest[] = [];
  const send = async (url: string, init: { method?: string; headers?: Record<string, unknown>; body?: string }) => {
    const headers = Object.fromEntries(
      Object.entries(init.headers ?? {}).map(([name, value]) => [name, reveal(value)]),
    );
    return fetch(url, { method: init.method ?? "GET", headers, ...(init.body ? { body: init.body } : {}) });
  };
  const io = Object.assign(test.io, {
    async backgroundFetchResponse(
      _key: unknown,
      url: string,
      init: { method?: string; headers?: Record<string, unknown>; body?: string },
    ) {
      background.push({ kind: "fetch-response", url, headers: init.headers ?? {} });
      const response = await send(url, init);
      const text = await response.text();
      return {
        status: response.status,
        headers: Object.fromEntries(response.headers),
        data: text ? JSON.parse(text) : null,
      };
    },
    async backgroundPoll(
      _key: unknown,
      params: {
        url: string;
        requestInit?: { headers?: Record<string, unknown> };
        responseFilter: { body: { status: string[] } };
      },
    ) {
      background.push({ kind: "fetch-poll", url: params.url, headers: params.requestInit?.headers ?? {} });
      for (let polls = 0; polls < 20; polls++) {
        const response = await send(params.url, { headers: params.requestInit?.headers ?? {} });
        const body = (await response.json()) as { status?: string };
        if (response.status === 200 && params.responseFilter.body.status.includes(String(body.status))) return body;
      }
      throw new Error(`background poll of ${params.url} never matched`);
    },
  });
  return { io, tasks: test.tasks, background };
}
