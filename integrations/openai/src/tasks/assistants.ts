import { type RunMode, TaskGroup } from "@acme/integration-kit";
import type OpenAI from "openai";
import type {
  Assistant,
  AssistantCreateParams,
  AssistantListParams,
  AssistantUpdateParams,
} from "openai/resources/beta/assistants";
import { earlierByMetadata } from "./earlier-by-metadata.js";
import { itemsPager, type OpenaiPage } from "./openai-pagers.js";
import { pageJson } from "./page-json.js";
import { positional } from "./positional.js";
import { type V2RequestOptions, withoutRequestOptions } from "./v2-request-options.js";

/** An assistant, by id: the id itself (as `@trigger.dev/openai` took it) or `{ assistant_id }`. */
export type AssistantRef = string | { assistant_id: string };

const idOf = (ref: AssistantRef) => (typeof ref === "string" ? ref : ref.assistant_id);

/**
 * Assistants (beta). @deprecated OpenAI deprecated the Assistants API in favour of the Responses
 * API and will shut it down; the tasks keep v2 jobs working until then.
 */
export class Assistants<M extends RunMode = "job"> extends TaskGroup<OpenAI, M> {
  /**
   * @deprecated Creates an assistant; it carries the task's key in `metadata`, so a retry finds
   * the one it already made.
   */
  readonly create = this.task({
    name: "Create Assistant",
    call: (client, p: AssistantCreateParams) => client.beta.assistants.create(p),
    properties: (p) => [
      ["Model", p.model],
      ["Name", p.name ?? undefined],
    ],
    sideEffect: earlierByMetadata<AssistantCreateParams, Assistant>("assistant", async (client) => {
      const page = await pageJson<OpenaiPage<Assistant>>(client.beta.assistants.list({ limit: 100 }));
      return page.data;
    }),
  });
  /** @deprecated Updates an assistant: `(key, { assistant_id, ...changes })` or `(key, assistantId, changes)`. */
  readonly update = positional(
    this.task({
      name: "Update Assistant",
      call: (client, p: { assistant_id: string } & AssistantUpdateParams) => {
        const { assistant_id, ...body } = p;
        return client.beta.assistants.update(assistant_id, body);
      },
      properties: (p) => [["Assistant", p.assistant_id]],
      sideEffect: "idempotent",
    }),
    (assistant_id: string, changes: AssistantUpdateParams) => ({ assistant_id, ...changes }),
  );
  /** @deprecated Lists assistants (an array, as `@trigger.dev/openai` returned it). */
  readonly list = this.listing({
    name: "List Assistants",
    pager: itemsPager((client, p: AssistantListParams | V2RequestOptions | undefined) =>
      pageJson<OpenaiPage<Assistant>>(client.beta.assistants.list(withoutRequestOptions<AssistantListParams>(p))),
    ),
  });
  /** @deprecated Deletes an assistant. */
  readonly del = this.task({
    name: "Delete Assistant",
    call: (client, p: AssistantRef) => client.beta.assistants.delete(idOf(p)),
    properties: (p) => [["Assistant", idOf(p)]],
    sideEffect: "idempotent",
  });
  /** @deprecated Retrieves an assistant. */
  readonly retrieve = this.task({
    name: "Retrieve Assistant",
    call: (client, p: AssistantRef) => client.beta.assistants.retrieve(idOf(p)),
    properties: (p) => [["Assistant", idOf(p)]],
    sideEffect: "none",
  });
}
