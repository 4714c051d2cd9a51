import { type RunMode, TaskGroup } from "@acme/integration-kit";
import type OpenAI from "openai";
import type { InputItemListParams, ResponseItemList } from "openai/resources/responses/input-items";
import type {
  Response,
  ResponseCreateParamsNonStreaming,
  ResponseRetrieveParamsNonStreaming,
} from "openai/resources/responses/responses";
import { backgroundPollUntil } from "./background.js";
import { type OpenaiPage, openaiPager } from "./openai-pagers.js";
import { pageJson } from "./page-json.js";

/** Statuses after which a response changes no more. */
const FINISHED = ["completed", "failed", "cancelled", "incomplete"] as const;

/** The Responses API: OpenAI's current way to generate text, call tools and keep conversation state. */
export class Responses<M extends RunMode = "job"> extends TaskGroup<OpenAI, M> {
  /**
   * Creates a model response. Stored by default (`store`) and may add to a `conversation`, and
   * OpenAI takes no idempotency key: after an ambiguous failure it is not retried blindly.
   */
  readonly create = this.task({
    name: "Create Response",
    call: (client, p: ResponseCreateParamsNonStreaming) => client.responses.create(p),
    properties: (p) => [
      ["Model", p.model],
      ["Background", p.background ?? undefined],
    ],
    sideEffect: "unchecked",
  });
  /**
   * Creates a response with `background: true` and waits for it to finish without holding the
   * run: Trigger.dev polls it in the background (v2 jobs). Returns the finished response.
   */
  readonly backgroundCreate = this.task({
    name: "Background Create Response",
    call: async (client, p: ResponseCreateParamsNonStreaming, context) => {
      const started = await client.responses.create({ ...p, background: true });
      if ((FINISHED as readonly string[]).includes(started.status ?? "")) return started;
      return backgroundPollUntil<Response>(client, context, {
        task: "Background Create Response",
        endpoint: `/responses/${encodeURIComponent(started.id)}`,
        until: FINISHED,
      });
    },
    properties: (p) => [["Model", p.model]],
    sideEffect: "unchecked",
  });
  /** Retrieves a stored response (poll a background one until its `status` is final). */
  readonly retrieve = this.task({
    name: "Retrieve Response",
    call: (client, p: { response_id: string } & ResponseRetrieveParamsNonStreaming) => {
      const { response_id, ...query } = p;
      return client.responses.retrieve(response_id, query);
    },
    properties: (p) => [["Response", p.response_id]],
    sideEffect: "none",
  });
  /** Cancels a background response that is still running. */
  readonly cancel = this.task({
    name: "Cancel Response",
    call: (client, p: { response_id: string }) => client.responses.cancel(p.response_id),
    properties: (p) => [["Response", p.response_id]],
    sideEffect: "idempotent",
  });
  /** Deletes a stored response. */
  readonly delete = this.task({
    name: "Delete Response",
    call: async (client, p: { response_id: string }) => {
      await client.responses.delete(p.response_id);
      return { id: p.response_id, deleted: true };
    },
    properties: (p) => [["Response", p.response_id]],
    sideEffect: "idempotent",
  });
  /** The input items of a response, a page at a time (`{ paginate }` reads on). */
  readonly listInputItems = this.listing({
    name: "List Response Input Items",
    pager: openaiPager((client, p: { response_id: string } & InputItemListParams) => {
      const { response_id, ...query } = p;
      return pageJson<OpenaiPage<ResponseItemList["data"][number]>>(
        client.responses.inputItems.list(response_id, query),
      );
    }),
    properties: (p) => [["Response", p.response_id]],
  });
}
