import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import type { BenchJson } from "../bench-case.js";

/** Answers every request with the JSON in argv[1]; `GET /__bench/requests` says how many it answered. */
const SERVER = `
const http = require("node:http");
const body = process.argv[1];
let requests = 0;
http.createServer((req, res) => {
  req.resume();
  req.on("end", () => {
    const counting = req.url === "/__bench/requests";
    if (!counting) requests++;
    const text = counting ? String(requests) : body;
    res.writeHead(200, { "content-type": "application/json; charset=utf-8", "content-length": Buffer.byteLength(text) });
    res.end(text);
  });
}).listen(0, "127.0.0.1", function () { process.stdout.write(String(this.address().port) + "\\n"); });
`;

/** A loopback JSON server started for one benchmark. */
export interface LoopbackServer {
  readonly url: string;
  /** How many requests it has answered: proof that a task really went over the socket. */
  requests(): Promise<number>;
  close(): void;
}

/** A JSON server on 127.0.0.1 in its own process, so serving requests does not compete with the measured code. */
export async function startLoopbackServer(answer: BenchJson): Promise<LoopbackServer> {
  const child: ChildProcess = spawn(process.execPath, ["-e", SERVER, JSON.stringify(answer)], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  const [chunk] = (await once(child.stdout as NodeJS.ReadableStream, "data")) as [Buffer];
  const url = `http://127.0.0.1:${chunk.toString().trim()}`;
  return {
    url,
    requests: async () => Number(await (await fetch(`${url}/__bench/requests`)).text()),
    close: () => child.kill(),
  };
}
