import type { EventSpecification } from "@acme/integration-kit";
import { payloadProblem } from "@acme/integration-kit";
import { GithubPayloadError } from "./github-payload-error.js";

/** A property shown beside a run in the Trigger.dev dashboard. */
export type RunProperty =
  NonNullable<EventSpecification<unknown>["runProperties"]> extends (payload: never) => (infer P)[] ? P : never;

/** Which payloads a trigger runs for, in Trigger.dev's event filter syntax. */
export type GithubEventFilter = NonNullable<EventSpecification<unknown>["filter"]>;

/** A GitHub webhook event a job can trigger on, with its typed payload. */
export type GithubEvent<TPayload> = EventSpecification<TPayload> & {
  /** The GitHub webhook event (`X-GitHub-Event`) the webhook subscribes to. */
  readonly name: string;
};

/** What {@link defineGithubEvent} needs. */
export interface GithubEventDefinition<TPayload> {
  /** The GitHub webhook event name (`"issues"`, `"pull_request"`). */
  readonly name: string;
  /** How the dashboard names the trigger (`"On issue opened"`). */
  readonly title: string;
  /** Payload filter (`{ action: ["opened"] }`); none runs the job for every action. */
  readonly filter?: GithubEventFilter;
  /** Top-level fields every payload of this event has; a payload without them is refused. */
  readonly requires: readonly string[];
  /** Properties shown beside each run. */
  readonly runProperties: (payload: TPayload) => RunProperty[];
}

/** Builds an event specification whose `parsePayload` checks the payload's shape before the job sees it. */
export function defineGithubEvent<TPayload>(definition: GithubEventDefinition<TPayload>): GithubEvent<TPayload> {
  const { name, title, filter, requires, runProperties } = definition;
  const fields = Object.fromEntries(requires.map((field) => [field, "object" as const]));
  return {
    name,
    title,
    source: "github.com",
    icon: "github",
    ...(filter ? { filter } : {}),
    parsePayload(payload: unknown): TPayload {
      const problem = payloadProblem("the payload", payload, fields);
      if (problem) throw new GithubPayloadError(name, problem);
      return payload as TPayload;
    },
    runProperties,
  };
}

/** Shortens long text for a dashboard property. */
export const truncate = (text: string | null | undefined, length = 40): string => {
  const value = text ?? "";
  return value.length > length ? `${value.slice(0, length - 1)}…` : value;
};
