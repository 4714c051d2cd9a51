// @ts-check
import { request } from "node:http";

/**
 * The whole body of a request.
 * @param {import("node:http").IncomingMessage} req @returns {Promise<Buffer>}
 */
export async function readBody(req) {
  /** @type {Buffer[]} */
  const chunks = [];
  for await (const chunk of req) chunks.push(/** @type {Buffer} */ (chunk));
  return Buffer.concat(chunks);
}

/**
 * Sends the request on to Prism and reads its whole answer, so the front door can look at it
 * (and record what it created) before answering.
 * @param {URL} prism Prism's origin
 * @param {import("node:http").IncomingMessage} req @param {Buffer} body
 * @returns {Promise<{ status: number; headers: import("node:http").IncomingHttpHeaders; body: Buffer }>}
 */
export function forwardToPrism(prism, req, body) {
  return new Promise((resolve, reject) => {
    const upstream = request(
      { host: prism.hostname, port: prism.port, method: req.method, path: req.url, headers: req.headers },
      (answer) => {
        readBody(answer).then(
          (text) => resolve({ status: answer.statusCode ?? 502, headers: answer.headers, body: text }),
          reject,
        );
      },
    );
    upstream.on("error", reject);
    upstream.end(body);
  });
}
