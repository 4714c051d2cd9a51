import { Octokit } from "octokit";
import { inject } from "vitest";

/**
 * Octokit as the integrations configure it (no retries, no throttling), against the stand-in.
 * It asks for `application/json`: Prism answers Octokit's default media type with 406.
 */
export function octokitAgainstStandIn(): Octokit {
  return new Octokit({
    auth: "ghp_standin_token_0123456789",
    baseUrl: inject("githubStandInUrl"),
    retry: { enabled: false },
    throttle: { enabled: false },
    request: {
      fetch: (url: string, init: RequestInit) =>
        fetch(url, { ...init, headers: { ...(init.headers as Record<string, string>), accept: "application/json" } }),
    },
  });
}

/** A repository name no other test uses: the stand-in is shared by the whole run. */
export const uniqueRepo = (name: string) => ({ owner: "acme", repo: `${name}-${process.pid}-${Date.now()}` });
