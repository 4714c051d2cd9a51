import { HttpResponseError } from "@acme/integration-kit";
import type { Octokit } from "octokit";

/**
 * Two things Octokit leaves open, closed per request: a request with no answer gets aborted after
 * `timeoutMs` (unless the caller passed its own signal), and a response that claims to be JSON
 * but does not parse fails instead of reaching the task's output as a string.
 */
export function guardRequests(octokit: Octokit, timeoutMs: number): void {
  octokit.hook.wrap("request", async (request, options) => {
    const signal = options.request?.signal ?? AbortSignal.timeout(timeoutMs);
    const response = await request({ ...options, request: { ...options.request, signal } });
    const type = String(response.headers["content-type"] ?? "");
    if (typeof response.data === "string" && /json/i.test(type)) {
      throw new HttpResponseError(response.status, response.headers as Record<string, string>, response.data, true);
    }
    return response;
  });
}
