import type { EventSpecification } from "@trigger.dev/sdk";
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

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** Builds an event specification whose `parsePayload` checks the payload's shape before the job sees it. */
export function defineGithubEvent<TPayload>(definition: GithubEventDefinition<TPayload>): GithubEvent<TPayload> {
  const { name, title, filter, requires, runProperties } = definition;
  return {
    name,
    title,
    source: "github.com",
    icon: "github",
    ...(filter ? { filter } : {}),
    parsePayload(payload: unknown): TPayload {
      if (!isRecord(payload)) throw new GithubPayloadError(name, "it is not a JSON object");
      const missing = requires.filter((field) => !isRecord(payload[field]));
      if (missing.length > 0) {
        throw new GithubPayloadError(name, `it has no ${missing.map((field) => `"${field}" object`).join(", ")}`);
      }
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
