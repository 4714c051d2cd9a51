import { type RunMode, type Task, TaskGroup } from "@acme/integration-kit";
import type OpenAI from "openai";
import type { Completion, CompletionCreateParamsNonStreaming } from "openai/resources/completions";
import { type BackgroundFetchOptions, backgroundPost } from "./background.js";
import { acceptingFetchOptions } from "./positional.js";

/** A completion request, with `@trigger.dev/openai`'s `fetchOptions` for the background variant. */
export type BackgroundCompletionParams = CompletionCreateParamsNonStreaming & { fetchOptions?: BackgroundFetchOptions };

/** Legacy text completions (`gpt-3.5-turbo-instruct`, `davinci-002`, `babbage-002`). */
export class Completions<M extends RunMode = "job"> extends TaskGroup<OpenAI, M> {
  /** Creates a completion; nothing lingers, so a retry generates again (and is billed again). */
  readonly create = this.task({
    name: "Completion",
    call: (client, p: CompletionCreateParamsNonStreaming) => client.completions.create(p),
    properties: (p) => [["Model", p.model]],
    sideEffect: "idempotent",
  });
  /** Creates a completion through Trigger.dev's background fetch (v2 jobs). */
  readonly backgroundCreate = acceptingFetchOptions<
    Task<M, BackgroundCompletionParams, Completion>,
    CompletionCreateParamsNonStreaming
  >(
    this.task({
      name: "Background Completion",
      call: (client, p: BackgroundCompletionParams, context) => {
        const { fetchOptions, ...body } = p;
        return backgroundPost<Completion>(client, context, {
          task: "Background Completion",
          endpoint: "/completions",
          body,
          fetchOptions,
        });
      },
      properties: (p) => [["Model", p.model]],
      sideEffect: "idempotent",
    }),
  );
}
