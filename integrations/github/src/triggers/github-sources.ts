import { receiveWebhook } from "@acme/integration-kit";
import { ExternalSource, type HandlerEvent } from "@trigger.dev/sdk";
import type { Github } from "../github.js";
import { githubWebhookReceiver } from "./github-webhook-receiver.js";
import { registerOrgWebhook, registerRepoWebhook } from "./register-github-webhook.js";
import { SOURCE_KEY_CONTEXT } from "./source-bound-trigger.js";

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
  readonly repo: ExternalSource<Github, RepoSourceParams, "HTTP">;
  /** One organization's webhook. */
  readonly org: ExternalSource<Github, OrgSourceParams, "HTTP">;
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

/**
 * Where a delivery ends up: the verified event, tagged with the source it came through (each
 * trigger's rule requires its own source), or a refusal. Trigger.dev has already answered GitHub
 * 200 by then: the refusal's status is logged and returned to Trigger.dev, never to GitHub.
 */
async function handleDelivery(
  event: HandlerEvent<"HTTP">,
  logger: { warn(message: string): void },
  integration: Github,
) {
  const receipt = await receiveWebhook(githubWebhookReceiver, event.rawEvent, {
    secret: event.source.secret,
    origin: { service: { name: "GitHub" }, integrationId: integration.id },
  });
  if (!receipt.ok) logger.warn(receipt.error.message);
  const events =
    receipt.kind === "event"
      ? [{ ...receipt.event, context: { ...receipt.event.context, [SOURCE_KEY_CONTEXT]: event.source.key } }]
      : [];
  return { events, response: { status: receipt.answer.status, body: receipt.answer.body } };
}

/** Builds the repository and organization webhook sources of `integration`. */
export function createGithubSources(integration: Github): GithubSources {
  const repo = new ExternalSource<Github, RepoSourceParams, "HTTP">("HTTP", {
    id: "github.repo",
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
    handler: handleDelivery,
    register: registerRepoWebhook,
  });
  const org = new ExternalSource<Github, OrgSourceParams, "HTTP">("HTTP", {
    id: "github.org",
    version: "0.2.0",
    integration,
    schema: stringParams<OrgSourceParams>(["org"]),
    key: (params) => params.org,
    properties: (params) => [{ label: "Org", text: params.org, url: `https://github.com/${params.org}` }],
    filter: (params) => ({ organization: { login: [{ $ignoreCaseEquals: params.org }] } }),
    handler: handleDelivery,
    register: registerOrgWebhook,
  });
  return { repo, org };
}
