import { type RunMode, TaskGroup } from "@acme/integration-kit";
import type OpenAI from "openai";
import type { EmbeddingCreateParams } from "openai/resources/embeddings";

/** Embeddings: vectors for text. */
export class Embeddings<M extends RunMode = "job"> extends TaskGroup<OpenAI, M> {
  /** Creates embeddings; nothing lingers, so a retry computes them again. */
  readonly create = this.task({
    name: "Create Embedding",
    call: (client, p: EmbeddingCreateParams) => client.embeddings.create(p),
    properties: (p) => [["Model", p.model]],
    sideEffect: "idempotent",
  });
}
