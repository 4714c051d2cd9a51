import { toJsonValue } from "@acme/integration-kit";
import type { WebClient } from "@slack/web-api";
import type { DisplayProperty, IntegrationTaskKey, IO, IOTask, Json } from "@trigger.dev/sdk";
import type { RunSlackTask } from "../slack-options.js";

/** A method's arguments without `token`: the integration supplies the credential, and params are shown in the dashboard. */
export type SlackArgs<T> = T extends unknown ? Omit<T, "token"> : never;

/** A task as jobs call it: `io.slack.chat.postMessage(key, params)`. */
export type SlackTask<TParams, TResult> = (key: IntegrationTaskKey, params: TParams) => Promise<TResult>;

/** What a task is: its dashboard name, its Web API method, and how it calls Slack. */
export interface SlackTaskDefinition<TParams, TResult> {
  /** Title Case name shown in the Trigger.dev dashboard (`"Post Message"`). */
  readonly name: string;
  /** The Web API method (`"chat.postMessage"`), shown as a property. */
  readonly method: string;
  /** Calls Slack; runs inside the task, so a failure is classified and retried by the kit. */
  readonly call: (client: WebClient, params: TParams, task: IOTask, io: IO) => Promise<TResult>;
}

/** Arguments worth seeing at a glance in the dashboard, in display order. */
const PROPERTY_LABELS: Readonly<Record<string, string>> = {
  channel: "Channel",
  channel_id: "Channel",
  ts: "Message",
  message_ts: "Message",
  timestamp: "Message",
  thread_ts: "Thread",
  user: "User",
  user_id: "User",
  users: "Users",
  email: "Email",
  name: "Name",
};

/** The dashboard properties of a call: its method, then the channel, message and user it is about. */
export function propertiesOf(method: string, params: unknown): DisplayProperty[] {
  const properties: DisplayProperty[] = [{ label: "Method", text: method }];
  if (!params || typeof params !== "object") return properties;
  const record = params as Record<string, unknown>;
  for (const [key, label] of Object.entries(PROPERTY_LABELS)) {
    const value = record[key];
    if (typeof value === "string" || typeof value === "number") properties.push({ label, text: String(value) });
  }
  return properties;
}

/** Params as callers pass them, minus a `token` a JavaScript caller may have slipped in. */
function withoutToken<T>(params: T): T {
  if (!params || typeof params !== "object" || !("token" in params)) return params;
  const { token: _token, ...rest } = params as Record<string, unknown>;
  return rest as T;
}

/**
 * Turns a definition into a task: one `runTask` with the Title Case name, the params and
 * properties for the dashboard, and the response as JSON output.
 */
export function defineSlackTask<TParams, TResult>(
  run: RunSlackTask,
  definition: SlackTaskDefinition<TParams, TResult>,
): SlackTask<TParams, TResult> {
  const { name, method, call } = definition;
  return async (key, params) => {
    const safe = withoutToken(params);
    const output = await run(key, async (client, task, io) => toJsonValue(await call(client, safe, task, io)) as Json, {
      name,
      params: toJsonValue(safe) as Json,
      properties: propertiesOf(method, safe),
    });
    return output as TResult;
  };
}
