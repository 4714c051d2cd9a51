// @ts-check
import { matchPath, parseRoute } from "./route-pattern.js";

/**
 * Routes whose next answers are to be lost: the request is performed (and recorded), then the
 * connection is dropped unanswered, as when a response is lost on the network.
 */
export class LostResponses {
  /** @type {{ route: ReturnType<typeof parseRoute>; remaining: number }[]} */
  #pending = [];

  /**
   * @param {string} route such as `"POST /repos/{owner}/{repo}/issues"` @param {number} [times]
   */
  add(route, times = 1) {
    if (!Number.isInteger(times) || times < 1) {
      throw new TypeError(`GitHub stand-in: times must be a whole number of at least 1, got ${times}`);
    }
    this.#pending.push({ route: parseRoute(route), remaining: times });
  }

  /**
   * Whether this request's answer is to be lost; counts it against the first route it matches.
   * @param {string} method @param {string} pathname
   */
  take(method, pathname) {
    const found = this.#pending.find(({ route }) => route.method === method && matchPath(route, pathname));
    if (!found) return false;
    found.remaining -= 1;
    if (found.remaining === 0) this.#pending = this.#pending.filter((pending) => pending !== found);
    return true;
  }
}
