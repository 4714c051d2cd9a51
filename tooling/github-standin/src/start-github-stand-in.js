// @ts-check
import { readFileSync } from "node:fs";
import { createServer, request as forward } from "node:http";
import { createRequire } from "node:module";
import prismHttp from "@stoplight/prism-http";
import prismServer from "@stoplight/prism-http-server";
import { makeNullableTyped } from "./make-nullable-typed.js";

const require = createRequire(import.meta.url);

/** Prism wants a pino logger; the stand-in stays quiet unless PRISM_DEBUG is set. */
function createLogger() {
  const debug = Boolean(process.env.PRISM_DEBUG);
  /** @param {unknown[]} args */
  const log = (...args) => {
    if (debug) console.error("[prism]", ...args);
  };
  /** @type {Record<string, unknown>} */
  const logger = { info: log, debug: log, warn: log, error: log, success: log, trace: log, fatal: log };
  logger.child = () => logger;
  return /** @type {any} */ (logger);
}

/** @param {import("node:http").Server} server @param {number} port */
function listen(server, port) {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => {
      server.off("error", reject);
      const address = server.address();
      resolve(typeof address === "object" && address ? address.port : port);
    });
  });
}

/**
 * GitHub's example `Link` header points at `https://api.github.com/resource?page=N`. Point it back
 * at the request's own path on the stand-in, so Octokit's paginate follows it here and never
 * leaves the machine.
 * @param {string} link @param {string} origin @param {string} path the request's path and query
 */
function rewriteLink(link, origin, path) {
  return link.replace(/<https:\/\/api\.github\.com\/[^>?]*\?page=(\d+)>/g, (_match, page) => {
    const url = new URL(path, origin);
    url.searchParams.set("page", page);
    return `<${url.href}>`;
  });
}

/**
 * The body of a rejected request, shaped like GitHub's own errors so Octokit shows the message.
 * @param {string | undefined} method @param {string | undefined} path @param {string} violations Prism's JSON list
 */
function rejection(method, path, violations) {
  /** @type {{ message?: string }[]} */
  let errors = [];
  try {
    errors = JSON.parse(violations);
  } catch {
    errors = [{ message: violations }];
  }
  const details = errors.map((error) => error.message).join("; ");
  return {
    message: `GitHub stand-in: ${method} ${path} does not match GitHub's API description: ${details}`,
    documentation_url: "https://github.com/github/rest-api-description",
    errors,
  };
}

/**
 * Starts Prism on 127.0.0.1 serving GitHub's official OpenAPI description (`@octokit/openapi`),
 * with request validation on: a request GitHub would reject gets 422 (or 404 for an unknown path),
 * a valid one gets the description's example response.
 * @param {{ port?: number }} [options] port 0 (the default) picks a free one
 * @returns {Promise<{ url: string; close(): Promise<void> }>}
 */
export async function startGithubStandIn(options = {}) {
  const description = JSON.parse(
    readFileSync(require.resolve("@octokit/openapi/generated/api.github.com.json"), "utf8"),
  );
  makeNullableTyped(description);
  const operations = await prismHttp.getHttpOperationsFromSpec(description);
  const prism = prismServer.createServer(operations, {
    components: { logger: createLogger() },
    cors: false,
    config: {
      checkSecurity: true,
      validateRequest: true,
      validateResponse: false,
      errors: false,
      upstreamProxy: undefined,
      isProxy: false,
      mock: { dynamic: false },
    },
  });
  const inner = new URL(await prism.listen(0, "127.0.0.1"));

  // A thin front door: the same requests and answers, with pagination links kept local.
  const front = createServer((req, res) => {
    const upstream = forward(
      { host: inner.hostname, port: inner.port, method: req.method, path: req.url, headers: req.headers },
      (answer) => {
        const status = answer.statusCode ?? 502;
        const headers = { ...answer.headers };
        if (typeof headers.link === "string") headers.link = rewriteLink(headers.link, url, req.url ?? "/");
        const violations = headers["sl-violations"];
        if (status >= 400 && typeof violations === "string") {
          // Prism answers a rejected request with the description's placeholder error body; say instead what was wrong.
          answer.resume();
          res.writeHead(status, { "content-type": "application/json; charset=utf-8", "sl-violations": violations });
          res.end(JSON.stringify(rejection(req.method, req.url, violations)));
          return;
        }
        res.writeHead(status, headers);
        answer.pipe(res);
      },
    );
    upstream.on("error", (error) => {
      res.writeHead(502, { "content-type": "application/json" });
      res.end(JSON.stringify({ message: `GitHub stand-in: Prism did not answer (${error.message})` }));
    });
    req.pipe(upstream);
  });
  const port = await listen(front, options.port ?? 0);
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    async close() {
      front.closeAllConnections();
      await new Promise((resolve) => front.close(resolve));
      await prism.close();
    },
  };
}
