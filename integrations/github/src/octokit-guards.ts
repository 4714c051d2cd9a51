import { HttpResponseError, withDeadline } from "@acme/integration-kit";
import type { Octokit } from "octokit";

/**
 * True when the request asked for JSON: Octokit's default `accept`, with no `mediaType.format`
 * (`raw`, `html`, `diff`...) asking for another representation.
 */
function expectsJson(options: { headers?: Record<string, unknown>; mediaType?: { format?: string } }): boolean {
  if (options.mediaType?.format) return false;
  return /json/i.test(String(options.headers?.accept ?? "application/json"));
}

/**
 * Two things Octokit leaves open, closed per request: a request with no answer gets aborted after
 * `timeoutMs` (unless the caller passed its own signal), and a JSON route answered with something
 * else (a body that claims JSON but does not parse, or a proxy's or captive portal's HTML page)
 * fails as the kit's unreadable answer instead of reaching the task's output as a string. Routes
 * that answer plain text by design (`GET /zen`) are left alone.
 */
export function guardRequests(octokit: Octokit, timeoutMs: number): void {
  octokit.hook.wrap("request", async (request, options) => {
    const response = await withDeadline(
      timeoutMs,
      async (signal) => request({ ...options, request: { ...options.request, signal } }),
      options.request?.signal,
    );
    // 204 and 205 carry no body whatever their content-type says (Octokit hands back ""): success, no output.
    if (response.status === 204 || response.status === 205) return { ...response, data: undefined };
    const type = String(response.headers["content-type"] ?? "");
    const notJson =
      typeof response.data === "string" &&
      (/json/i.test(type) || (response.data.trim() !== "" && expectsJson(options) && !/^text\/plain/i.test(type)));
    if (notJson) {
      throw new HttpResponseError(response.status, response.headers as Record<string, string>, response.data, true);
    }
    return response;
  });
}
