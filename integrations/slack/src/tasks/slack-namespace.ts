import type { WebAPICallResult, WebClient } from "@slack/web-api";
import type { RunSlackTask } from "../slack-options.js";
import { collectPages, type PageBound } from "./pagination.js";
import { defineSlackTask, type SlackTask } from "./task-definition.js";

/** A group of tasks over the integration's bound `runTask` (`io.slack.chat`, `io.slack.users`, ...). */
export abstract class SlackNamespace {
  readonly #run: RunSlackTask;

  constructor(run: RunSlackTask) {
    this.#run = run;
  }

  /** The integration's bound `runTask` (a getter, so a namespace's own properties are exactly its tasks). */
  protected get run(): RunSlackTask {
    return this.#run;
  }

  /** A task that makes one Web API call. */
  protected task<TParams, TResult>(
    name: string,
    method: string,
    call: (client: WebClient, params: TParams) => Promise<TResult>,
  ): SlackTask<TParams, TResult> {
    return defineSlackTask(this.run, { name, method, call });
  }

  /** A task over a cursor-paginated method: reads pages within the caller's {@link PageBound}. */
  protected pagedTask<TParams, TResult extends WebAPICallResult>(
    name: string,
    method: string,
    itemsKey: keyof TResult & string,
  ): SlackTask<(TParams & PageBound) | undefined, TResult> {
    return defineSlackTask(this.run, {
      name,
      method,
      call: (client, params: (TParams & PageBound) | undefined) =>
        collectPages<TResult>(client, method, itemsKey, params as (Record<string, unknown> & PageBound) | undefined),
    });
  }
}
