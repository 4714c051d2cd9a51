import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach } from "vitest";

/** One request the server received. */
export interface RecordedRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
}

/** What the server answers: status 200 and `{ "ok": true }` unless a responder says otherwise. */
export interface RecordedResponse {
  status?: number;
  headers?: Record<string, string>;
  body?: unknown;
  /** Accept the request and never answer, like a service that hangs. */
  hang?: boolean;
}

/** A loopback HTTP server that records every request, for checking what a real vendor client sent. */
export interface RecordingServer {
  /** Base URL, `http://127.0.0.1:<port>`. */
  readonly url: string;
  /** Every request received so far, in arrival order. */
  readonly requests: RecordedRequest[];
  /** Replaces how the server answers from now on. */
  respondWith(responder: (request: RecordedRequest) => RecordedResponse): void;
  /** Stops the server and drops open connections. */
  close(): Promise<void>;
}

/** Starts a {@link RecordingServer} on 127.0.0.1 with a free port. */
export async function startRecordingServer(): Promise<RecordingServer> {
  const requests: RecordedRequest[] = [];
  let responder: (request: RecordedRequest) => RecordedResponse = () => ({ body: { ok: true } });
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const request = {
        method: req.method ?? "GET",
        url: req.url ?? "/",
        headers: req.headers,
        body: Buffer.concat(chunks).toString("utf8"),
      };
      requests.push(request);
      const { status = 200, headers = {}, body = { ok: true }, hang } = responder(request);
      if (hang) return;
      const text = typeof body === "string" ? body : JSON.stringify(body);
      res.writeHead(status, { "content-type": "application/json; charset=utf-8", ...headers });
      res.end(text);
    });
  });
  // Clients keep connections alive between requests; closing an idle one as a client reuses it
  // resets that request (ECONNRESET) on a loaded machine, so idle connections stay open.
  server.keepAliveTimeout = 120_000;
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", 1024, resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    respondWith(next) {
      responder = next;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

/**
 * A {@link RecordingServer} for one vitest file: started before all tests, closed after them,
 * and before each test emptied and set back to answering `response`.
 */
export function useRecordingServer(response: RecordedResponse = { body: { ok: true } }): () => RecordingServer {
  let server: RecordingServer | undefined;
  beforeAll(async () => {
    server = await startRecordingServer();
  });
  afterAll(() => server?.close());
  beforeEach(() => {
    server?.requests.splice(0);
    server?.respondWith(() => response);
  });
  return () => {
    if (!server) throw new Error("useRecordingServer: the server is only available inside tests");
    return server;
  };
}
