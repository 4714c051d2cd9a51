// @ts-check
import { pageOf } from "./page-of.js";
import { matchPath, parseRoute } from "./route-pattern.js";

const createIssue = parseRoute("POST /repos/{owner}/{repo}/issues");
const createComment = parseRoute("POST /repos/{owner}/{repo}/issues/{issue_number}/comments");
const listIssues = parseRoute("GET /repos/{owner}/{repo}/issues");
const listComments = parseRoute("GET /repos/{owner}/{repo}/issues/{issue_number}/comments");

/**
 * @param {{ method: string; segments: string[] }} route @param {string} method @param {URL} url
 * @returns {Record<string, string>}
 */
const match = (route, method, url) => (route.method === method && matchPath(route, url.pathname)) || {};

/** @param {string} text @returns {any} */
function parse(text) {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * The stand-in's own answer to an issue or comment request Prism accepted (answered 2xx) in a
 * tracked repository: a create is recorded and answered with the record, a listing is answered
 * from the records, paged. Undefined for every other request: Prism's answer stands.
 * @param {import("./issue-store.js").IssueStore} store
 * @param {{ method: string; url: URL; body: string; example: string }} exchange the request and Prism's answer
 * @returns {{ json: unknown; headers: Record<string, string> } | undefined}
 */
export function issueAnswer(store, { method, url, body, example }) {
  const { owner, repo, issue_number } = {
    ...match(createIssue, method, url),
    ...match(createComment, method, url),
    ...match(listIssues, method, url),
    ...match(listComments, method, url),
  };
  // Only tracked repositories hold state: every other test sharing the stand-in keeps Prism's examples.
  if (!owner || !repo || !store.isTracked(owner, repo)) return undefined;
  const number = Number(issue_number);
  if (method === "POST") {
    const request = parse(body);
    const prismExample = parse(example);
    if (typeof request !== "object" || typeof prismExample !== "object") return undefined;
    const created = issue_number
      ? store.recordComment({ owner, repo, number, request, example: prismExample })
      : store.recordIssue({ owner, repo, request, example: prismExample });
    return { json: created, headers: { location: created.url } };
  }
  const listing = issue_number
    ? store.listComments(owner, repo, number, url.searchParams)
    : store.listIssues(owner, repo, url.searchParams);
  const { items, link } = pageOf(listing, url);
  return { json: items, headers: link ? { link } : {} };
}
