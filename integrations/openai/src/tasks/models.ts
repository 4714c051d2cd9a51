import { type RunMode, TaskGroup } from "@acme/integration-kit";
import type OpenAI from "openai";
import type { Model } from "openai/resources/models";
import type { OpenaiPage } from "./openai-pagers.js";
import { pageJson } from "./page-json.js";

/** A model, by name: `{ model }`, or `{ fineTunedModelId }` as `@trigger.dev/openai`'s delete took it. */
export type ModelRef = { model: string } | { fineTunedModelId: string };

const nameOf = (ref: ModelRef) => ("model" in ref ? ref.model : ref.fineTunedModelId);

/** Models: what the key can use, and deleting your fine-tuned ones. */
export class Models<M extends RunMode = "job"> extends TaskGroup<OpenAI, M> {
  /** Retrieves a model. */
  readonly retrieve = this.task({
    name: "Retrieve Model",
    call: (client, p: { model: string }) => client.models.retrieve(p.model),
    properties: (p) => [["Model", p.model]],
    sideEffect: "none",
  });
  /** Lists every model the key can use (an array, as `@trigger.dev/openai` returned it: OpenAI does not page it). */
  readonly list = this.task({
    name: "List Models",
    call: async (client, _p: object | undefined): Promise<Model[]> =>
      (await pageJson<OpenaiPage<Model>>(client.models.list())).data,
    properties: () => [["Models", "all the key can use"]],
    sideEffect: "none",
  });
  /** Deletes a fine-tuned model (the organization's owner role is needed). */
  readonly delete = this.task({
    name: "Delete Model",
    call: (client, p: ModelRef) => client.models.delete(nameOf(p)),
    properties: (p) => [["Model", nameOf(p)]],
    sideEffect: "idempotent",
  });
}
