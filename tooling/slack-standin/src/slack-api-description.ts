import { readFileSync } from "node:fs";

/** One Web API method as Slack's published description states it. */
export interface SlackMethod {
  /** Method name, such as `chat.postMessage`. */
  readonly name: string;
  /** Arguments the description marks as required (the token aside). */
  readonly required: readonly string[];
  /** Every argument the description names. */
  readonly parameters: readonly string[];
  /** OAuth scopes the description lists for the method. */
  readonly scopes: readonly string[];
  /** The description's example of a successful response. */
  readonly example: Record<string, unknown>;
  /** Error codes the description says the method can answer. */
  readonly errors: readonly string[];
}

interface Operation {
  parameters?: { name: string; required?: boolean }[];
  security?: { slackAuth?: string[] }[];
  responses?: Record<
    string,
    { examples?: Record<string, unknown>; schema?: { properties?: { error?: { enum?: string[] } } } }
  >;
}

/**
 * The methods of Slack's Web API description vendored in `spec/` (MIT, slackapi/slack-api-specs),
 * keyed by name. Read from the package, never from outside the project.
 */
export function loadSlackApiDescription(): Map<string, SlackMethod> {
  const file = new URL("../spec/slack-web-api.json", import.meta.url);
  const spec = JSON.parse(readFileSync(file, "utf8")) as { paths: Record<string, Record<string, Operation>> };
  const methods = new Map<string, SlackMethod>();
  for (const [path, operations] of Object.entries(spec.paths)) {
    for (const operation of Object.values(operations)) {
      const name = path.slice(1);
      const parameters = operation.parameters ?? [];
      const success = operation.responses?.["200"]?.examples?.["application/json"];
      methods.set(name, {
        name,
        required: parameters.filter((p) => p.required && p.name !== "token").map((p) => p.name),
        parameters: parameters.map((p) => p.name),
        scopes: (operation.security ?? []).flatMap((s) => s.slackAuth ?? []).filter((s) => s !== "none"),
        example: typeof success === "object" && success !== null ? (success as Record<string, unknown>) : { ok: true },
        errors: operation.responses?.default?.schema?.properties?.error?.enum ?? [],
      });
    }
  }
  return methods;
}
