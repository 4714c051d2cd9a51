import { WebhookRejectedError } from "@acme/integration-kit";
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

/** How one kind of hook (repository or organization) is listed, updated and created, as tasks. */
interface HookOperations {
  list(): Promise<Hook[]>;
  update(hookId: number, url: string, secret: string, addEvents: string[] | undefined): Promise<unknown>;
  create(url: string, secret: string, events: string[]): Promise<unknown>;
}

/**
 * Lists the hooks, updates the one pointing at the source's URL (adding missing events, setting
 * the secret), or creates one: running it twice leaves one hook.
 */
async function registerIdempotently(
  event: RegisterWebhookEvent<unknown>,
  integrationId: string,
  hooks: HookOperations,
): Promise<RegisteredWebhook> {
  const { url, secret } = event.source;
  if (!secret) {
    throw new WebhookRejectedError(
      { service: { name: "GitHub" }, integrationId },
      {
        reason: "no-secret-configured",
        message:
          `can't register the webhook for ${url}: Trigger.dev supplied no secret, and an unsigned webhook ` +
          "would be refused on every delivery. Re-register the trigger from the Trigger.dev dashboard.",
      },
    );
  }
  const desired = [...new Set(event.options.event.desired)];
  const existing = (await hooks.list()).find((hook) => hook.config.url === url);
  const hook = existing
    ? await hooks.update(existing.id, url, secret, missingFrom(existing, desired))
    : await hooks.create(url, secret, desired);
  return { data: { id: (hook as Hook).id, url, events: [...(hook as Hook).events] }, options: { event: desired } };
}

/** Registers a repository webhook idempotently, as integration tasks. */
export function registerRepoWebhook(
  event: RegisterWebhookEvent<RepoSourceParams>,
  io: RegisterIO,
): Promise<RegisteredWebhook> {
  const github = io.integration;
  const { owner, repo } = event.params;
  return registerIdempotently(event, github.id, {
    list: async () =>
      (await github.repos.listWebhooks("list-webhooks", { owner, repo }, { paginate: { maxPages: 10 } })) as Hook[],
    update: (hookId, url, secret, addEvents) =>
      github.repos.updateWebhook("update-webhook", { owner, repo, hookId, url, secret, addEvents }),
    create: (url, secret, events) => github.repos.createWebhook("create-webhook", { owner, repo, url, secret, events }),
  });
}

/** Registers an organization webhook idempotently, as integration tasks. */
export function registerOrgWebhook(
  event: RegisterWebhookEvent<OrgSourceParams>,
  io: RegisterIO,
): Promise<RegisteredWebhook> {
  const github = io.integration;
  const { org } = event.params;
  return registerIdempotently(event, github.id, {
    list: async () =>
      (await github.orgs.listWebhooks("list-webhooks", { org }, { paginate: { maxPages: 10 } })) as Hook[],
    update: (hookId, url, secret, addEvents) =>
      github.orgs.updateWebhook("update-webhook", { org, hookId, url, secret, addEvents }),
    create: (url, secret, events) => github.orgs.createWebhook("create-webhook", { org, url, secret, events }),
  });
}
