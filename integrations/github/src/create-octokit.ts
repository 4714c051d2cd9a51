import { redactingLogger } from "@acme/integration-kit";
import type { Octokit } from "octokit";
import { guardRequests } from "./octokit-guards.js";

/** Octokit `request` options (custom `fetch`, agent), as `@trigger.dev/github` accepted them. */
export type OctokitRequestOptions = ConstructorParameters<typeof Octokit>[0] extends infer O
  ? O extends { request?: infer R }
    ? R
    : never
  : never;

/** How both GitHub runtimes (the v2 `Github` and `GithubClient`) want their Octokit. */
export interface OctokitSettings {
  readonly baseUrl?: string | undefined;
  readonly timeoutMs: number;
  readonly request?: OctokitRequestOptions | undefined;
}

/**
 * An Octokit for one token, loaded on first use (a cold start that runs no GitHub task never pays
 * for it), with Octokit's own retries and throttling off (Trigger.dev's retries are the only ones),
 * its warnings through a logger that removes the token, and the kit's timeout and JSON checks.
 */
export async function createOctokit(token: string, settings: OctokitSettings): Promise<Octokit> {
  const { Octokit } = await import("octokit");
  // Octokit's warnings (a deprecated route's `sunset` and `link` headers) go through a logger
  // that removes the token, which an echoing service or proxy may have put there.
  const log = redactingLogger(token);
  const octokit = new Octokit({
    auth: token,
    ...(settings.baseUrl ? { baseUrl: settings.baseUrl } : {}),
    request: { ...settings.request, log },
    retry: { enabled: false },
    throttle: { enabled: false },
    log,
  });
  guardRequests(octokit, settings.timeoutMs);
  return octokit;
}
