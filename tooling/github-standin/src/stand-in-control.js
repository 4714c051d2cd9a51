// @ts-check

/** Where the front door takes control requests: a path GitHub's API does not have. */
export const CONTROL_PREFIX = "/__stand-in/";

/** @typedef {import("./index.js").GithubStandInState} StandInState */

/**
 * Serves a control request (`/__stand-in/...`) from another process, such as a vitest worker
 * while the stand-in runs in `globalSetup`.
 * @param {StandInState} state @param {URL} url @param {string} body
 * @returns {Promise<{ status: number; json?: unknown }>}
 */
export async function answerControl(state, url, body) {
  const action = url.pathname.slice(CONTROL_PREFIX.length);
  const query = Object.fromEntries(url.searchParams);
  try {
    const input = body ? JSON.parse(body) : {};
    if (action === "track") await state.trackRepository(input.owner, input.repo);
    else if (action === "lose-next-response") await state.loseNextResponse(input.route, input.times);
    else if (action === "answer-next") await state.answerNext(input.route, input.answer, input.times);
    else if (action === "issues") return { status: 200, json: await state.issues(query.owner ?? "", query.repo ?? "") };
    else if (action === "comments") {
      const comments = await state.comments(query.owner ?? "", query.repo ?? "", Number(query.issue_number));
      return { status: 200, json: comments };
    } else return { status: 404, json: { message: `GitHub stand-in: no control action "${action}"` } };
    return { status: 204 };
  } catch (error) {
    return { status: 400, json: { message: error instanceof Error ? error.message : String(error) } };
  }
}

/**
 * The state of a stand-in that runs elsewhere (started in vitest's `globalSetup`, say), reached
 * over HTTP at its `url`.
 * @param {string} url the stand-in's `url`
 * @returns {StandInState & { url: string }}
 */
export function connectGithubStandIn(url) {
  /**
   * @param {string} action @param {Record<string, unknown>} [body] @param {Record<string, string>} [query]
   * @returns {Promise<any>}
   */
  const call = async (action, body, query) => {
    const target = new URL(`${CONTROL_PREFIX}${action}`, url);
    for (const [key, value] of Object.entries(query ?? {})) target.searchParams.set(key, value);
    const response = await fetch(target, {
      method: body ? "POST" : "GET",
      headers: { "content-type": "application/json" },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
    if (response.status === 204) return undefined;
    const json = /** @type {{ message?: string }} */ (await response.json());
    if (!response.ok) throw new Error(json.message);
    return json;
  };
  return {
    url,
    trackRepository: async (owner, repo) => call("track", { owner, repo }),
    loseNextResponse: async (route, times = 1) => call("lose-next-response", { route, times }),
    answerNext: async (route, answer, times = 1) => call("answer-next", { route, answer, times }),
    issues: (owner, repo) => call("issues", undefined, { owner, repo }),
    comments: (owner, repo, issueNumber) =>
      call("comments", undefined, { owner, repo, issue_number: String(issueNumber) }),
  };
}
