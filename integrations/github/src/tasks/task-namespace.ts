import { displayProperties, type TaskCallback, toJsonValue } from "@acme/integration-kit";
import type { Endpoints } from "@octokit/types";
import type { IntegrationTaskKey, RunTaskOptions } from "@trigger.dev/sdk";
import type { Octokit } from "octokit";
import { collectPages, type PageLimit } from "./collect-pages.js";

/** The integration's `runTask`, bound to one run: what every namespace calls. */
export type GithubRunTask = <T>(
  key: IntegrationTaskKey,
  callback: TaskCallback<Octokit, T>,
  options?: RunTaskOptions,
) => Promise<T>;

/** A GitHub REST route, as Octokit names it: `"POST /repos/{owner}/{repo}/issues"`. */
export type Route = keyof Endpoints;
/** The parameters GitHub documents for a route (path, query and body together, snake_case). */
export type RouteParams<R extends Route> = Endpoints[R]["parameters"];
/** The JSON GitHub answers a route with: a task's output. */
export type RouteData<R extends Route> = Endpoints[R]["response"]["data"];

/** One dashboard property: label and value; an undefined value leaves the property out. */
export type Property = readonly [label: string, value: string | number | undefined];

/** How a task shows in the Trigger.dev dashboard. */
export interface TaskDisplay {
  /** Title Case task name (`"Create Pull Request"`). */
  readonly name: string;
  /** Properties beside the task (owner, repo, number, ...). */
  readonly properties: readonly Property[];
  /** What the dashboard shows as params, when not the params sent (legacy camelCase shapes). */
  readonly shownParams?: object;
}

/** A list task's display, and where a wrapped listing keeps its items (`"items"`, `"workflow_runs"`). */
export interface ListDisplay extends TaskDisplay {
  readonly itemsKey?: string;
}

/** Options every list task takes as its third argument. */
export interface ListOptions {
  /** Fetch every page (Octokit's paginate) inside this one task, up to the limit you give. */
  readonly paginate?: PageLimit;
}

/** Repository properties most tasks show first. */
export const repoOf = (params: { owner: string; repo: string }): Property[] => [
  ["Owner", params.owner],
  ["Repo", params.repo],
];

/**
 * The base of a task namespace (`io.github.pulls`, `io.github.issues`, ...): each task is one call
 * of {@link TaskNamespace.endpoint}, {@link TaskNamespace.listing} or {@link TaskNamespace.task}, so a
 * namespace file reads like a table of endpoints.
 */
export abstract class TaskNamespace {
  constructor(protected readonly runTask: GithubRunTask) {}

  /** A task that sends one request to `route` and outputs GitHub's JSON answer. */
  protected endpoint<R extends Route>(
    key: IntegrationTaskKey,
    route: R,
    params: RouteParams<R>,
    display: TaskDisplay,
  ): Promise<RouteData<R>> {
    return this.task(key, async (octokit) => (await octokit.request(route, params as never)).data as RouteData<R>, {
      shownParams: params,
      ...display,
    });
  }

  /** A list task: one page, or every page up to `options.paginate`'s limit, in the one task. */
  protected listing<R extends Route>(
    key: IntegrationTaskKey,
    route: R,
    params: RouteParams<R>,
    display: ListDisplay,
    options: ListOptions = {},
  ): Promise<RouteData<R>> {
    const limit = options.paginate;
    if (!limit) return this.endpoint(key, route, params, display);
    const { itemsKey } = display;
    return this.task(
      key,
      (octokit) => collectPages(octokit, { route, params, limit, itemsKey }) as Promise<RouteData<R>>,
      {
        ...display,
        shownParams: { ...(display.shownParams ?? params), paginate: limit },
      },
    );
  }

  /** Any task body: runs it with the display filled in and secrets kept out of the params. */
  protected task<T>(key: IntegrationTaskKey, body: TaskCallback<Octokit, T>, display: TaskDisplay): Promise<T> {
    const properties = displayProperties(display.properties);
    const params = toJsonValue(display.shownParams ?? {}) as RunTaskOptions["params"];
    return this.runTask(key, body, { name: display.name, params, properties });
  }
}
