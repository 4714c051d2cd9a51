import { type RunMode, TaskGroup } from "@acme/integration-kit";
import type { Octokit } from "octokit";
import { earlierOrgHook } from "./earlier-results.js";
import { routePager, send } from "./github-routes.js";
import type { WebhookParams } from "./repos.js";

const hookConfig = (params: WebhookParams) => ({ content_type: "json", url: params.url, secret: params.secret });

/** `io.github.orgs`: organization webhooks. */
export class Orgs<M extends RunMode = "job"> extends TaskGroup<Octokit, M> {
  /**
   * Points an organization webhook at `url`. GitHub has no `add_events` for organization hooks, so
   * `addEvents` are merged into the hook's current events (read first, in the same task).
   * `PATCH /orgs/{org}/hooks/{hook_id}`
   */
  readonly updateWebhook = this.task({
    name: "Update Org Webhook",
    call: async (octokit, params: WebhookParams & { org: string; hookId: number; addEvents?: string[] }) => {
      const { org, hookId, addEvents } = params;
      const hook = { org, hook_id: hookId };
      const current = addEvents ? (await octokit.request("GET /orgs/{org}/hooks/{hook_id}", hook)).data.events : [];
      const events = addEvents ? [...new Set([...current, ...addEvents])] : undefined;
      const update = { ...hook, config: hookConfig(params), ...(events ? { events } : {}) };
      return (await octokit.request("PATCH /orgs/{org}/hooks/{hook_id}", update)).data;
    },
    properties: (params) => [
      ["Org", params.org],
      ["Hook ID", params.hookId],
    ],
    sideEffect: "idempotent",
  });

  /** Creates an organization webhook sending JSON to `url`. `POST /orgs/{org}/hooks` */
  readonly createWebhook = this.task({
    name: "Create Org Webhook",
    call: (octokit, params: WebhookParams & { org: string; events: string[] }) =>
      send(octokit, "POST /orgs/{org}/hooks", {
        org: params.org,
        name: "web",
        config: hookConfig(params),
        events: params.events,
      }),
    properties: (params) => [
      ["Org", params.org],
      ["Events", params.events.join(", ")],
    ],
    sideEffect: earlierOrgHook,
  });

  /** Lists an organization's webhooks. `GET /orgs/{org}/hooks` */
  readonly listWebhooks = this.listing({
    name: "List Org Webhooks",
    pager: routePager("GET /orgs/{org}/hooks", ({ org }: { org: string }) => ({ org })),
    properties: (params) => [["Org", params.org]],
  });
}
