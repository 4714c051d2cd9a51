// @ts-check

/** @typedef {Record<string, any>} Json */

/** GitHub's timestamps: ISO 8601 in UTC, whole seconds. */
const now = () => new Date().toISOString().replace(/\.\d{3}Z$/, "Z");

/** @param {string} owner @param {string} repo */
const keyOf = (owner, repo) => `${owner}/${repo}`.toLowerCase();

/**
 * A user object shaped like the description's example, for another login.
 * @param {Json} example @param {string} login
 */
function userLike(example, login) {
  const text = JSON.stringify(example).replaceAll(`/${example.login}`, `/${login}`);
  return { ...JSON.parse(text), login };
}

/**
 * The issues and issue comments created through the stand-in, per repository. Each is Prism's
 * example for the operation with what the request said and what GitHub assigns (number, id, urls,
 * timestamps) put over it.
 */
export class IssueStore {
  /** @type {Map<string, { issues: Json[]; comments: Json[]; tracked: boolean }>} */
  #repos = new Map();
  #nextId = 1;

  /** @param {string} owner @param {string} repo */
  #repo(owner, repo) {
    const key = keyOf(owner, repo);
    const found = this.#repos.get(key);
    if (found) return found;
    const created = { issues: [], comments: [], tracked: false };
    this.#repos.set(key, created);
    return created;
  }

  /**
   * Makes the repository stateful from now on: its creates are recorded, its listings read the records.
   * @param {string} owner @param {string} repo
   */
  track(owner, repo) {
    this.#repo(owner, repo).tracked = true;
  }

  /** @param {string} owner @param {string} repo */
  isTracked(owner, repo) {
    return this.#repos.get(keyOf(owner, repo))?.tracked === true;
  }

  /**
   * Records a created issue: the request's fields over Prism's example.
   * @param {{ owner: string; repo: string; request: Json; example: Json }} created
   */
  recordIssue({ owner, repo, request, example }) {
    const store = this.#repo(owner, repo);
    const number = store.issues.length + 1;
    const id = this.#nextId++;
    const api = `https://api.github.com/repos/${owner}/${repo}`;
    const logins = [...(request.assignees ?? []), ...(request.assignee ? [request.assignee] : [])];
    const assignees = [...new Set(logins)].map((login) => userLike(example.user, login));
    const labelTemplate = example.labels?.[0] ?? {};
    const at = now();
    const { pull_request: _notAPullRequest, ...base } = structuredClone(example);
    const issue = {
      ...base,
      id,
      node_id: Buffer.from(`05:Issue${id}`).toString("base64"),
      url: `${api}/issues/${number}`,
      repository_url: api,
      labels_url: `${api}/issues/${number}/labels{/name}`,
      comments_url: `${api}/issues/${number}/comments`,
      events_url: `${api}/issues/${number}/events`,
      html_url: `https://github.com/${owner}/${repo}/issues/${number}`,
      number,
      state: "open",
      state_reason: null,
      title: String(request.title),
      body: request.body ?? null,
      labels: (request.labels ?? []).map((/** @type {string | Json} */ label) => {
        const fields = typeof label === "string" ? { name: label } : label;
        return { ...labelTemplate, default: false, ...fields, url: `${api}/labels/${encodeURIComponent(fields.name)}` };
      }),
      assignee: assignees[0] ?? null,
      assignees,
      milestone: request.milestone == null ? null : { ...example.milestone, number: Number(request.milestone) },
      locked: false,
      active_lock_reason: null,
      comments: 0,
      closed_at: null,
      closed_by: null,
      created_at: at,
      updated_at: at,
    };
    store.issues.push(issue);
    return structuredClone(issue);
  }

  /**
   * Records a comment on issue `number` (whether or not the stand-in recorded that issue).
   * @param {{ owner: string; repo: string; number: number; request: Json; example: Json }} created
   */
  recordComment({ owner, repo, number, request, example }) {
    const store = this.#repo(owner, repo);
    const id = this.#nextId++;
    const api = `https://api.github.com/repos/${owner}/${repo}`;
    const at = now();
    const comment = {
      ...structuredClone(example),
      id,
      node_id: Buffer.from(`012:IssueComment${id}`).toString("base64"),
      url: `${api}/issues/comments/${id}`,
      html_url: `https://github.com/${owner}/${repo}/issues/${number}#issuecomment-${id}`,
      issue_url: `${api}/issues/${number}`,
      body: request.body,
      created_at: at,
      updated_at: at,
    };
    store.comments.push(comment);
    const issue = store.issues.find((candidate) => candidate.number === number);
    if (issue) {
      issue.comments += 1;
      issue.updated_at = at;
    }
    return structuredClone(comment);
  }

  /** @param {string} owner @param {string} repo @returns {Json[]} oldest first */
  issues(owner, repo) {
    return structuredClone(this.#repos.get(keyOf(owner, repo))?.issues ?? []);
  }

  /** @param {string} owner @param {string} repo @param {number} number @returns {Json[]} oldest first */
  comments(owner, repo, number) {
    const all = this.#repos.get(keyOf(owner, repo))?.comments ?? [];
    return structuredClone(all.filter((comment) => comment.issue_url.endsWith(`/issues/${number}`)));
  }

  /**
   * `GET /repos/{owner}/{repo}/issues` before paging: `state` (open), `labels`, `creator`,
   * `assignee`, `since`, `sort` (created, updated, comments) and `direction` (desc).
   * @param {string} owner @param {string} repo @param {URLSearchParams} query
   */
  listIssues(owner, repo, query) {
    const state = query.get("state") ?? "open";
    const labels = (query.get("labels") ?? "").split(",").filter(Boolean);
    const creator = query.get("creator");
    const assignee = query.get("assignee");
    const since = query.get("since");
    const sort = query.get("sort") ?? "created";
    const field = sort === "comments" ? "comments" : sort === "updated" ? "updated_at" : "created_at";
    const sign = query.get("direction") === "asc" ? 1 : -1;
    return this.issues(owner, repo)
      .filter((issue) => state === "all" || issue.state === state)
      .filter((issue) => labels.every((name) => issue.labels.some((/** @type {Json} */ l) => l.name === name)))
      .filter((issue) => !creator || issue.user?.login === creator)
      .filter((issue) => !assignee || issue.assignees.some((/** @type {Json} */ a) => a.login === assignee))
      .filter((issue) => !since || Date.parse(issue.updated_at) >= Date.parse(since))
      .sort((a, b) => sign * (a[field] < b[field] ? -1 : a[field] > b[field] ? 1 : a.number - b.number));
  }

  /**
   * `GET /repos/{owner}/{repo}/issues/{issue_number}/comments` before paging: oldest first, `since`.
   * @param {string} owner @param {string} repo @param {number} number @param {URLSearchParams} query
   */
  listComments(owner, repo, number, query) {
    const since = query.get("since");
    return this.comments(owner, repo, number).filter(
      (comment) => !since || Date.parse(comment.updated_at) >= Date.parse(since),
    );
  }
}
