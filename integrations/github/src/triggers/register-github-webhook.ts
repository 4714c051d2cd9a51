import {
  type RegisteredWebhookSource,
  registerWebhookSource,
  type WebhookHooks,
  type WebhookRegistrationEvent,
} from "@acme/integration-kit";
import type { IOWithIntegrations } from "@trigger.dev/sdk";
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

const describe = (hook: Hook) => ({ id: hook.id, url: hook.config.url ?? "", events: hook.events });
const origin = (github: Github) => ({ service: { name: "GitHub" }, integrationId: github.id });

/** Registers a repository webhook idempotently, as integration tasks (GitHub signs with the source's secret). */
export function registerRepoWebhook(
  event: RegisterWebhookEvent<RepoSourceParams>,
  io: RegisterIO,
): Promise<RegisteredWebhook> {
  const github = io.integration;
  const { owner, repo } = event.params;
  const hooks: WebhookHooks<Hook> = {
    list: async () =>
      (await github.repos.listWebhooks("list-webhooks", { owner, repo }, { paginate: { maxPages: 10 } })) as Hook[],
    describe,
    update: async (hook, { url, secret, addEvents }) =>
      (await github.repos.updateWebhook("update-webhook", {
        owner,
        repo,
        hookId: hook.id,
        url,
        secret: secret as string,
        ...(addEvents ? { addEvents: [...addEvents] } : {}),
      })) as Hook,
    create: async ({ url, secret, events }) =>
      (await github.repos.createWebhook("create-webhook", {
        owner,
        repo,
        url,
        secret: secret as string,
        events: [...events],
      })) as Hook,
  };
  return registerWebhookSource(event, hooks, origin(github));
}

/** Registers an organization webhook idempotently, as integration tasks. */
export function registerOrgWebhook(
  event: RegisterWebhookEvent<OrgSourceParams>,
  io: RegisterIO,
): Promise<RegisteredWebhook> {
  const github = io.integration;
  const { org } = event.params;
  const hooks: WebhookHooks<Hook> = {
    list: async () =>
      (await github.orgs.listWebhooks("list-webhooks", { org }, { paginate: { maxPages: 10 } })) as Hook[],
    describe,
    update: async (hook, { url, secret, addEvents }) =>
      (await github.orgs.updateWebhook("update-webhook", {
        org,
        hookId: hook.id,
        url,
        secret: secret as string,
        ...(addEvents ? { addEvents: [...addEvents] } : {}),
      })) as Hook,
    create: async ({ url, secret, events }) =>
      (await github.orgs.createWebhook("create-webhook", {
        org,
        url,
        secret: secret as string,
        events: [...events],
      })) as Hook,
  };
  return registerWebhookSource(event, hooks, origin(github));
}
