// @ts-check
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import { createRequire } from "node:module";
import prismHttp from "@stoplight/prism-http";
import prismServer from "@stoplight/prism-http-server";
import { forwardToPrism, readBody } from "./forward-to-prism.js";
import { issueAnswer } from "./issue-routes.js";
import { IssueStore } from "./issue-store.js";
import { LostResponses } from "./lost-responses.js";
import { makeNullableTyped } from "./make-nullable-typed.js";
import { ScriptedAnswers } from "./scripted-answers.js";
import { answerControl, CONTROL_PREFIX } from "./stand-in-control.js";

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
 * The answer the front door gives for Prism's: pagination links kept local, a rejection saying
 * what was wrong, and for issues and comments the stand-in's own records.
 * @param {{ store: IssueStore; origin: string; method: string; url: URL; body: Buffer }} request
 * @param {{ status: number; headers: import("node:http").IncomingHttpHeaders; body: Buffer }} answer Prism's
 * @returns {{ status: number; headers: import("node:http").OutgoingHttpHeaders; body: Buffer | string }}
 */
function frontAnswer({ store, origin, method, url, body }, answer) {
  const { status } = answer;
  const path = `${url.pathname}${url.search}`;
  const headers = { ...answer.headers };
  if (typeof headers.link === "string") headers.link = rewriteLink(headers.link, origin, path);
  const violations = headers["sl-violations"];
  if (status >= 400 && typeof violations === "string") {
    // Prism answers a rejected request with the description's placeholder error body; say instead what was wrong.
    const json = JSON.stringify(rejection(method, path, violations));
    return {
      status,
      headers: { "content-type": "application/json; charset=utf-8", "sl-violations": violations },
      body: json,
    };
  }
  // Only what Prism accepted is recorded: the description stays the judge of every request.
  const own =
    status >= 200 && status < 300
      ? issueAnswer(store, { method, url, body: body.toString("utf8"), example: answer.body.toString("utf8") })
      : undefined;
  if (!own) return { status, headers, body: answer.body };
  const {
    "content-length": _length,
    "transfer-encoding": _encoding,
    link: _link,
    location: _location,
    ...kept
  } = headers;
  return { status, headers: { ...kept, ...own.headers }, body: JSON.stringify(own.json) };
}

/**
 * Starts Prism on 127.0.0.1 serving GitHub's official OpenAPI description (`@octokit/openapi`),
 * with request validation on: a request GitHub would reject gets 422 (or 404 for an unknown path),
 * a valid one gets the description's example response. In a tracked repository, issues and
 * comments are recorded and listed from the records; answers can be lost on demand.
 * @param {{ port?: number }} [options] port 0 (the default) picks a free one
 * @returns {Promise<import("./index.js").GithubStandIn>}
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
  const store = new IssueStore();
  const lost = new LostResponses();
  const scripted = new ScriptedAnswers();
  /** @param {unknown} value @param {string} name */
  const text = (value, name) => {
    if (typeof value !== "string" || value === "")
      throw new TypeError(`GitHub stand-in: ${name} must be a non-empty string`);
    return value;
  };
  /** @type {import("./index.js").GithubStandInState} */
  const state = {
    /** @param {string} owner @param {string} repo */
    trackRepository: async (owner, repo) => store.track(text(owner, "owner"), text(repo, "repo")),
    /** @param {string} route @param {number} [times] */
    loseNextResponse: async (route, times = 1) => lost.add(text(route, "route"), times),
    /** @param {string} route @param {import("./index.js").ScriptedAnswer} answer @param {number} [times] */
    answerNext: async (route, answer, times = 1) => scripted.add(text(route, "route"), answer, times),
    /** @param {string} owner @param {string} repo */
    issues: async (owner, repo) => /** @type {import("./index.js").RecordedIssue[]} */ (store.issues(owner, repo)),
    /** @param {string} owner @param {string} repo @param {number} issueNumber */
    comments: async (owner, repo, issueNumber) =>
      /** @type {import("./index.js").RecordedComment[]} */ (store.comments(owner, repo, issueNumber)),
  };

  /** @param {import("node:http").IncomingMessage} req @param {import("node:http").ServerResponse} res */
  const serve = async (req, res) => {
    const target = new URL(req.url ?? "/", url);
    const method = req.method ?? "GET";
    const body = await readBody(req);
    if (target.pathname.startsWith(CONTROL_PREFIX)) {
      const { status, json } = await answerControl(state, target, body.toString("utf8"));
      res.writeHead(status, json === undefined ? {} : { "content-type": "application/json; charset=utf-8" });
      res.end(json === undefined ? undefined : JSON.stringify(json));
      return;
    }
    const prismAnswer = await forwardToPrism(inner, req, body);
    // A scripted answer replaces only what Prism accepted: the description stays the judge of the request.
    const rejected = prismAnswer.status >= 400 && typeof prismAnswer.headers["sl-violations"] === "string";
    const own = rejected ? undefined : scripted.take(method, target.pathname);
    if (own) {
      const json = typeof own.body === "string" ? own.body : JSON.stringify(own.body ?? {});
      res.writeHead(own.status, { "content-type": "application/json; charset=utf-8", ...own.headers });
      res.end(json);
      return;
    }
    const answer = frontAnswer({ store, origin: url, method, url: target, body }, prismAnswer);
    // The work is done (and recorded); only the answer goes missing, as when a network drops it.
    if (lost.take(method, target.pathname)) return req.socket.destroy();
    res.writeHead(answer.status, answer.headers);
    res.end(answer.body);
  };
  // A front door: the same requests and answers, with pagination links kept local and issues remembered.
  const front = createServer((req, res) => {
    serve(req, res).catch((/** @type {Error} */ error) => {
      if (!res.headersSent) res.writeHead(502, { "content-type": "application/json" });
      res.end(JSON.stringify({ message: `GitHub stand-in: Prism did not answer (${error.message})` }));
    });
  });
  const port = await listen(front, options.port ?? 0);
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    ...state,
    async close() {
      front.closeAllConnections();
      await new Promise((resolve) => front.close(resolve));
      await prism.close();
    },
  };
}
