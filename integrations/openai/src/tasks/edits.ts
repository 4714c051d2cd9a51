import { type RunMode, TaskGroup, TaskInputError } from "@acme/integration-kit";
import type OpenAI from "openai";

/** `@trigger.dev/openai`'s edit request: the Edits API it called no longer exists. */
export interface EditCreateParams {
  model: string;
  instruction: string;
  input?: string | null;
  n?: number | null;
  temperature?: number | null;
  top_p?: number | null;
}

/** `io.openai.edits`: kept so v2 jobs compile; OpenAI removed `POST /edits` in January 2024. */
export class Edits<M extends RunMode = "job"> extends TaskGroup<OpenAI, M> {
  /**
   * @deprecated OpenAI removed the Edits API: use `chat.completions.create` with the instruction
   * as a system message and the input as a user message. Fails at once, sending nothing.
   */
  readonly create = this.task({
    name: "Create Edit",
    call: async (_client, p: EditCreateParams): Promise<never> => {
      throw new TaskInputError(
        `the Edits API (POST /v1/edits, model ${p.model}) was removed by OpenAI and answers nothing any more`,
        'Use io.openai.chat.completions.create(key, { model: "gpt-4o-mini", messages: [{ role: "system", content: instruction }, { role: "user", content: input }] }) instead.',
      );
    },
    properties: (p) => [["Model", p.model]],
    sideEffect: "none",
  });
}
