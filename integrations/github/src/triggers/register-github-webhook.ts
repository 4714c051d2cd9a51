import type { IOWithIntegrations } from "@trigger.dev/sdk";
import type { Github } from "../github.js";
import type { OrgSourceParams, RepoSourceParams } from "./github-sources.js";

/** What Trigger.dev asks a source to register (`REGISTER_SOURCE_EVENT_V2`, as the SDK hands it over). */
export interface RegisterWebhookEvent<TParams> {
  readonly params: TParams;
  readonly source: { readonly url: string; readonly secret: string; readonly active: boolean; readonly data?: unknown };
  readonly options: { readonly event: { readonly desired: string[]; readonly missing: string[] } };
}

/** What registration stores on the source: the hook, and the events it now sends. */
export interface RegisteredWebhook {
  data: { id: number; url: string; events: string[] };
  options: { event: string[] };
}

type RegisterIO = IOWithIntegrations<{ integration: Github }>;

interface Hook {
  readonly id: number;
  readonly events: string[];
  readonly config: { readonly url?: string };
}

/** The events `hook` does not send yet (`*` sends everything). */
const missingFrom = (hook: Hook, desired: readonly string[]): string[] | undefined => {
  if (hook.events.includes("*")) return undefined;
  const missing = desired.filter((name) => !hook.events.includes(name));
  return missing.length > 0 ? missing : undefined;
};

function checkSecret(event: RegisterWebhookEvent<unknown>, integrationId: string): void {
  if (!event.source.secret) {
    throw new Error(
      `GitHub integration (${integrationId}): can't register the webhook for ${event.source.url}: Trigger.dev supplied no secret, ` +
        "and an unsigned webhook would be refused on every delivery. Re-register the trigger from the Trigger.dev dashboard.",
    );
  }
}

const registered = (hook: Hook, url: string, desired: string[]): RegisteredWebhook => ({
  data: { id: hook.id, url, events: [...hook.events] },
  options: { event: desired },
});

/**
 * Registers a repository webhook idempotently, as integration tasks: lists the hooks, updates the
 * one pointing at the source's URL (adding missing events, setting the secret), or creates one.
 */
export async function registerRepoWebhook(
  event: RegisterWebhookEvent<RepoSourceParams>,
  io: RegisterIO,
): Promise<RegisteredWebhook> {
  const github = io.integration;
  checkSecret(event, github.id);
  const { owner, repo } = event.params;
  const { url, secret } = event.source;
  const desired = [...new Set(event.options.event.desired)];
  const hooks = (await github.repos.listWebhooks(
    "list-webhooks",
    { owner, repo },
    { paginate: { maxPages: 10 } },
  )) as Hook[];
  const existing = hooks.find((hook) => hook.config.url === url);
  const hook = existing
    ? await github.repos.updateWebhook("update-webhook", {
        owner,
        repo,
        hookId: existing.id,
        url,
        secret,
        addEvents: missingFrom(existing, desired),
      })
    : await github.repos.createWebhook("create-webhook", { owner, repo, url, secret, events: desired });
  return registered(hook as Hook, url, desired);
}

/** Registers an organization webhook idempotently, like {@link registerRepoWebhook}. */
export async function registerOrgWebhook(
  event: RegisterWebhookEvent<OrgSourceParams>,
  io: RegisterIO,
): Promise<RegisteredWebhook> {
  const github = io.integration;
  checkSecret(event, github.id);
  const { org } = event.params;
  const { url, secret } = event.source;
  const desired = [...new Set(event.options.event.desired)];
  const hooks = (await github.orgs.listWebhooks("list-webhooks", { org }, { paginate: { maxPages: 10 } })) as Hook[];
  const existing = hooks.find((hook) => hook.config.url === url);
  const hook = existing
    ? await github.orgs.updateWebhook("update-webhook", {
        org,
        hookId: existing.id,
        url,
        secret,
        addEvents: missingFrom(existing, desired),
      })
    : await github.orgs.createWebhook("create-webhook", { org, url, secret, events: desired });
  return registered(hook as Hook, url, desired);
}
