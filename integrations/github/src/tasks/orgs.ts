import type { IntegrationTaskKey } from "@trigger.dev/sdk";
import type { WebhookParams } from "./repos.js";
import { type ListOptions, type RouteData, TaskNamespace } from "./task-namespace.js";

const hookConfig = (params: WebhookParams) => ({ content_type: "json", url: params.url, secret: params.secret });

/** `io.github.orgs`: organization webhooks. */
export class Orgs extends TaskNamespace {
  /**
   * Points an organization webhook at `url`. GitHub has no `add_events` for organization hooks, so
   * `addEvents` are merged into the hook's current events (read first, in the same task).
   * `PATCH /orgs/{org}/hooks/{hook_id}`
   */
  updateWebhook(
    key: IntegrationTaskKey,
    params: WebhookParams & { org: string; hookId: number; addEvents?: string[] },
  ): Promise<RouteData<"PATCH /orgs/{org}/hooks/{hook_id}">> {
    const { org, hookId, addEvents } = params;
    return this.task(
      key,
      async (octokit) => {
        const hook = { org, hook_id: hookId };
        const current = addEvents ? (await octokit.request("GET /orgs/{org}/hooks/{hook_id}", hook)).data.events : [];
        const events = addEvents ? [...new Set([...current, ...addEvents])] : undefined;
        const update = { ...hook, config: hookConfig(params), ...(events ? { events } : {}) };
        return (await octokit.request("PATCH /orgs/{org}/hooks/{hook_id}", update)).data;
      },
      {
        name: "Update Org Webhook",
        properties: [
          ["Org", org],
          ["Hook ID", hookId],
        ],
        shownParams: params,
      },
    );
  }

  /** Creates an organization webhook sending JSON to `url`. `POST /orgs/{org}/hooks` */
  createWebhook(
    key: IntegrationTaskKey,
    params: WebhookParams & { org: string; events: string[] },
  ): Promise<RouteData<"POST /orgs/{org}/hooks">> {
    const { org, events } = params;
    return this.endpoint(
      key,
      "POST /orgs/{org}/hooks",
      { org, name: "web", config: hookConfig(params), events },
      {
        name: "Create Org Webhook",
        properties: [
          ["Org", org],
          ["Events", events.join(", ")],
        ],
        shownParams: params,
      },
    );
  }

  /** Lists an organization's webhooks. `GET /orgs/{org}/hooks` */
  listWebhooks(
    key: IntegrationTaskKey,
    params: { org: string },
    options?: ListOptions,
  ): Promise<RouteData<"GET /orgs/{org}/hooks">> {
    const { org } = params;
    return this.listing(
      key,
      "GET /orgs/{org}/hooks",
      { org },
      { name: "List Org Webhooks", properties: [["Org", org]] },
      options,
    );
  }
}
