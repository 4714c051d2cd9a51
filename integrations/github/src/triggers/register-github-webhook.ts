import type { IOWithIntegrations } from "@acme/integration-kit";
import {
  type RegisteredWebhookSource,
  registerWebhookSource,
  type WebhookHooks,
  type WebhookRegistrationEvent,
} from "@acme/integration-kit";
import type { Github } from "../github.js";
import type { OrgSourceParams, RepoSourceParams } from "./github-sources.js";

/** What Trigger.dev asks a source to register (`REGISTER_SOURCE_EVENT_V2`, as the SDK hands it over). */
export type RegisterWebhookEvent<TParams> = WebhookRegistrationEvent & { readonly params: TParams };

/** What registration stores on the source: the hook, and the events it now sends. */
export type RegisteredWebhook = RegisteredWebhookSource;

type RegisterIO = IOWithIntegrations<{ integration: Github }>;

interface Hook {
  readonly id: number;
  readonly events: string[];
  readonly config: { readonly url?: string };
}

/** The webhook tasks of `repos` and `orgs`, for one repository or organization (`scope`). */
interface HookTasks<TScope> {
  listWebhooks(key: string, params: TScope, options: { paginate: { maxPages: number } }): Promise<unknown>;
  updateWebhook(
    key: string,
    params: TScope & { hookId: number; url: string; secret: string; addEvents?: string[] },
  ): Promise<unknown>;
  createWebhook(key: string, params: TScope & { url: string; secret: string; events: string[] }): Promise<unknown>;
}

/**
 * Registers a repository's or organization's webhook with the kit's algorithm (list, update the
 * hook at the source's URL or create one), each step a task; GitHub signs with the source's secret.
 */
function registerWith<TScope extends object>(
  event: WebhookRegistrationEvent,
  github: Github,
  tasks: HookTasks<TScope>,
  scope: TScope,
): Promise<RegisteredWebhook> {
  const hooks: WebhookHooks<Hook> = {
    list: async () => (await tasks.listWebhooks("list-webhooks", scope, { paginate: { maxPages: 10 } })) as Hook[],
    describe: (hook) => ({ id: hook.id, url: hook.config.url ?? "", events: hook.events }),
    update: async (hook, { url, secret = "", addEvents }) =>
      (await tasks.updateWebhook("update-webhook", {
        ...scope,
        hookId: hook.id,
        url,
        secret,
        ...(addEvents ? { addEvents: [...addEvents] } : {}),
      })) as Hook,
    create: async ({ url, secret = "", events }) =>
      (await tasks.createWebhook("create-webhook", { ...scope, url, secret, events: [...events] })) as Hook,
  };
  return registerWebhookSource(event, hooks, { service: { name: "GitHub" }, integrationId: github.id });
}

/** Registers a repository webhook idempotently, as integration tasks. */
export function registerRepoWebhook(
  event: RegisterWebhookEvent<RepoSourceParams>,
  io: RegisterIO,
): Promise<RegisteredWebhook> {
  const { owner, repo } = event.params;
  return registerWith(event, io.integration, io.integration.repos, { owner, repo });
}

/** Registers an organization webhook idempotently, as integration tasks. */
export function registerOrgWebhook(
  event: RegisterWebhookEvent<OrgSourceParams>,
  io: RegisterIO,
): Promise<RegisteredWebhook> {
  return registerWith(event, io.integration, io.integration.orgs, { org: event.params.org });
}
