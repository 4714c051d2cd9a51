import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

/** A loopback OTLP/HTTP endpoint that keeps what the v4 runtime exports (spans, logs), as text. */
export interface TelemetrySink {
  /** The `url` to give the runtime's `TracingSDK`. */
  readonly url: string;
  /** Every body received so far, by path (`/v1/traces`, `/v1/logs`, `/v1/metrics`). */
  readonly received: { readonly path: string; readonly body: string }[];
  close(): Promise<void>;
}

/** Starts a {@link TelemetrySink} on 127.0.0.1; it answers every export with 200. */
export async function startTelemetrySink(): Promise<TelemetrySink> {
  const received: { path: string; body: string }[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      received.push({ path: req.url ?? "/", body: Buffer.concat(chunks).toString("utf8") });
      res.writeHead(200, { "content-type": "application/json" });
      res.end("{}");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    received,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
