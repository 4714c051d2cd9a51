import { type RunMode, type Task, TaskGroup } from "@acme/integration-kit";
import type OpenAI from "openai";
import type {
  ChatCompletion,
  ChatCompletionCreateParamsNonStreaming,
  ChatCompletionListParams,
  ChatCompletionStoreMessage,
  ChatCompletionUpdateParams,
} from "openai/resources/chat/completions";
import type { MessageListParams } from "openai/resources/chat/completions/messages";
import { type BackgroundFetchOptions, backgroundPost } from "./background.js";
import { type OpenaiPage, openaiPager } from "./openai-pagers.js";
import { pageJson } from "./page-json.js";
import { acceptingFetchOptions } from "./positional.js";

/** A chat completion request, with `@trigger.dev/openai`'s `fetchOptions` for the background variant. */
export type BackgroundChatParams = ChatCompletionCreateParamsNonStreaming & { fetchOptions?: BackgroundFetchOptions };

/** Chat completions: create (also in the background), and the stored ones (`store: true`). */
export class ChatCompletions<M extends RunMode = "job"> extends TaskGroup<OpenAI, M> {
  /**
   * Creates a chat completion. It creates nothing that lingers (unless `store: true`), so a retry
   * after a lost answer generates again, and is billed again.
   */
  readonly create = this.task({
    name: "Chat Completion",
    call: (client, p: ChatCompletionCreateParamsNonStreaming) => client.chat.completions.create(p),
    properties: (p) => [["Model", p.model]],
    sideEffect: "idempotent",
  });
  /**
   * Creates a chat completion through Trigger.dev's background fetch (v2 jobs): the server makes
   * the request, so a long generation outlives a serverless time limit. `@trigger.dev/openai`'s
   * fourth argument, `fetchOptions`, goes in the params.
   */
  readonly backgroundCreate = acceptingFetchOptions<
    Task<M, BackgroundChatParams, ChatCompletion>,
    ChatCompletionCreateParamsNonStreaming
  >(
    this.task({
      name: "Background Chat Completion",
      call: (client, p: BackgroundChatParams, context) => {
        const { fetchOptions, ...body } = p;
        return backgroundPost<ChatCompletion>(client, context, {
          task: "Background Chat Completion",
          endpoint: "/chat/completions",
          body,
          fetchOptions,
        });
      },
      properties: (p) => [["Model", p.model]],
      sideEffect: "idempotent",
    }),
  );
  /** Retrieves a stored chat completion. */
  readonly retrieve = this.task({
    name: "Retrieve Chat Completion",
    call: (client, p: { completion_id: string }) => client.chat.completions.retrieve(p.completion_id),
    properties: (p) => [["Completion", p.completion_id]],
    sideEffect: "none",
  });
  /** Updates a stored chat completion's metadata. */
  readonly update = this.task({
    name: "Update Chat Completion",
    call: (client, p: { completion_id: string } & ChatCompletionUpdateParams) => {
      const { completion_id, ...body } = p;
      return client.chat.completions.update(completion_id, body);
    },
    properties: (p) => [["Completion", p.completion_id]],
    sideEffect: "idempotent",
  });
  /** Lists stored chat completions. */
  readonly list = this.listing({
    name: "List Chat Completions",
    pager: openaiPager((client, p: ChatCompletionListParams | undefined) =>
      pageJson<OpenaiPage<ChatCompletion>>(client.chat.completions.list(p ?? {})),
    ),
  });
  /** Deletes a stored chat completion. */
  readonly delete = this.task({
    name: "Delete Chat Completion",
    call: (client, p: { completion_id: string }) => client.chat.completions.delete(p.completion_id),
    properties: (p) => [["Completion", p.completion_id]],
    sideEffect: "idempotent",
  });
  /** Lists the messages of a stored chat completion. */
  readonly listMessages = this.listing({
    name: "List Chat Completion Messages",
    pager: openaiPager((client, p: { completion_id: string } & MessageListParams) => {
      const { completion_id, ...query } = p;
      return pageJson<OpenaiPage<ChatCompletionStoreMessage>>(
        client.chat.completions.messages.list(completion_id, query),
      );
    }),
    properties: (p) => [["Completion", p.completion_id]],
  });
}

/** `io.openai.chat`: the namespace `@trigger.dev/openai` had, holding `completions`. */
export interface Chat<M extends RunMode = "job"> {
  /** Chat completions. */
  readonly completions: ChatCompletions<M>;
}
