import { HttpWebhookSource, type SourceEvent, type WebhookReceiver } from "@acme/integration-kit";
import type { Github } from "../github.js";
import { githubWebhookReceiver } from "./github-webhook-receiver.js";
import { registerOrgWebhook, registerRepoWebhook } from "./register-github-webhook.js";

/** Which repository a `triggers.repo` source watches. */
export interface RepoSourceParams {
  /** Account or organization that owns the repository. */
  readonly owner: string;
  /** Repository name. */
  readonly repo: string;
}

/** Which organization a `triggers.org` source watches. */
export interface OrgSourceParams {
  /** Organization login. */
  readonly org: string;
}

/** The webhook sources of one `Github` integration. */
export interface GithubSources {
  /** One repository's webhook. */
  readonly repo: HttpWebhookSource<Github, RepoSourceParams>;
  /** One organization's webhook. */
  readonly org: HttpWebhookSource<Github, OrgSourceParams>;
}

/** A schema parser (Trigger.dev's `SchemaParser`) for source params made of named non-empty strings. */
function stringParams<T>(fields: readonly (keyof T & string)[]) {
  return {
    safeParse(value: unknown) {
      const record = (typeof value === "object" && value !== null ? value : {}) as Record<string, unknown>;
      const issues = fields
        .filter((field) => typeof record[field] !== "string" || record[field] === "")
        .map((field) => ({ path: [field], message: `${field} must be a non-empty string` }));
      return issues.length === 0
        ? { success: true as const, data: record as T }
        : { success: false as const, error: { issues } };
    },
  };
}

const receiver = githubWebhookReceiver as WebhookReceiver<SourceEvent>;

/**
 * Builds the repository and organization webhook sources of `integration`: the kit's v2 source
 * shape (no SDK class is imported, so the package loads beside SDK 4).
 */
export function createGithubSources(integration: Github): GithubSources {
  const repo = new HttpWebhookSource<Github, RepoSourceParams>({
    id: "github.repo",
    service: "GitHub",
    receiver,
    version: "0.2.0",
    integration,
    schema: stringParams<RepoSourceParams>(["owner", "repo"]),
    key: (params) => `${params.owner}/${params.repo}`,
    properties: (params) => [
      { label: "Owner", text: params.owner, url: `https://github.com/${params.owner}` },
      { label: "Repo", text: params.repo, url: `https://github.com/${params.owner}/${params.repo}` },
    ],
    // GitHub spells the name as it was created; a job written with other casing still matches.
    filter: (params) => ({ repository: { full_name: [{ $ignoreCaseEquals: `${params.owner}/${params.repo}` }] } }),
    register: (event, io) => registerRepoWebhook(event, io as never),
  });
  const org = new HttpWebhookSource<Github, OrgSourceParams>({
    id: "github.org",
    service: "GitHub",
    receiver,
    version: "0.2.0",
    integration,
    schema: stringParams<OrgSourceParams>(["org"]),
    key: (params) => params.org,
    properties: (params) => [{ label: "Org", text: params.org, url: `https://github.com/${params.org}` }],
    filter: (params) => ({ organization: { login: [{ $ignoreCaseEquals: params.org }] } }),
    register: (event, io) => registerOrgWebhook(event, io as never),
  });
  return { repo, org } as unknown as GithubSources;
}
