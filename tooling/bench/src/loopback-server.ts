import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";

/** Answers every request with small JSON that both Octokit and Slack's WebClient accept. */
const SERVER = `
const http = require("node:http");
const body = JSON.stringify({ ok: true, number: 1, title: "Bench issue", channel: "C1", ts: "1.0" });
http.createServer((req, res) => {
  req.resume();
  req.on("end", () => {
    res.writeHead(200, { "content-type": "application/json; charset=utf-8", "content-length": Buffer.byteLength(body) });
    res.end(body);
  });
}).listen(0, "127.0.0.1", function () { process.stdout.write(String(this.address().port) + "\\n"); });
`;

/** A JSON server on 127.0.0.1 in its own process, so serving requests does not compete with the measured code. */
export async function startLoopbackServer(): Promise<{ url: string; close(): void }> {
  const child: ChildProcess = spawn(process.execPath, ["-e", SERVER], { stdio: ["ignore", "pipe", "inherit"] });
  const [chunk] = (await once(child.stdout as NodeJS.ReadableStream, "data")) as [Buffer];
  return { url: `http://127.0.0.1:${chunk.toString().trim()}`, close: () => child.kill() };
}
