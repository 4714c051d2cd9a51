// @ts-check
import { matchPath, parseRoute } from "./route-pattern.js";

/** @typedef {import("./index.js").ScriptedAnswer} ScriptedAnswer */

/**
 * Answers to give instead of Prism's for the next requests on a route, for failures GitHub's
 * description has no example of: a rate limit with its headers, a 502 from a proxy.
 */
export class ScriptedAnswers {
  /** @type {{ route: ReturnType<typeof parseRoute>; answer: ScriptedAnswer; remaining: number }[]} */
  #pending = [];

  /** @param {string} route @param {ScriptedAnswer} answer @param {number} [times] */
  add(route, answer, times = 1) {
    if (!Number.isInteger(times) || times < 1) {
      throw new TypeError(`GitHub stand-in: times must be a whole number of at least 1, got ${times}`);
    }
    if (!answer || !Number.isInteger(answer.status) || answer.status < 200 || answer.status > 599) {
      throw new TypeError("GitHub stand-in: an answer needs a `status` from 200 to 599");
    }
    this.#pending.push({ route: parseRoute(route), answer, remaining: times });
  }

  /**
   * The answer for this request, if one is scripted; counts it against the first route it matches.
   * @param {string} method @param {string} pathname @returns {ScriptedAnswer | undefined}
   */
  take(method, pathname) {
    const found = this.#pending.find(({ route }) => route.method === method && matchPath(route, pathname));
    if (!found) return undefined;
    found.remaining -= 1;
    if (found.remaining === 0) this.#pending = this.#pending.filter((pending) => pending !== found);
    return found.answer;
  }
}
