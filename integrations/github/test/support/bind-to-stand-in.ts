import { createTestIO } from "@acme/integration-kit/testing";
import { inject } from "vitest";
import { Github } from "../../src/index.js";

/** One request Octokit sent: method, path (no origin) and JSON body. */
export interface SentRequest {
  readonly method: string;
  readonly path: string;
  readonly body?: unknown;
}

/**
 * A Github bound to a test run, talking to the validating stand-in. Its fetch asks for
 * `application/json` (Prism answers Octokit's default `application/vnd.github.v3+json` with 406)
 * and records what was sent.
 */
export function bindToStandIn() {
  const sent: SentRequest[] = [];
  const { io, tasks } = createTestIO();
  const github = new Github({
    id: "github",
    token: "ghp_standin_token_0123456789",
    baseUrl: inject("githubStandInUrl"),
    octokitRequest: {
      fetch: (url: string, init: RequestInit) => {
        const { pathname, search } = new URL(url);
        const body = typeof init.body === "string" && init.body ? JSON.parse(init.body) : undefined;
        sent.push({ method: init.method ?? "GET", path: `${pathname}${search}`, body });
        return fetch(url, {
          ...init,
          headers: { ...(init.headers as Record<string, string>), accept: "application/json" },
        });
      },
    },
  }).cloneForRun(io, "github");
  return { github, tasks, sent };
}
