import { type RunMode, TaskGroup } from "@acme/integration-kit";
import type OpenAI from "openai";
import type { ModerationCreateParams } from "openai/resources/moderations";

/** Moderation: whether text or images break OpenAI's usage policies. */
export class Moderations<M extends RunMode = "job"> extends TaskGroup<OpenAI, M> {
  /** Classifies the input; free, and changes nothing. */
  readonly create = this.task({
    name: "Create Moderation",
    call: (client, p: ModerationCreateParams) => client.moderations.create(p),
    properties: (p) => [["Model", p.model]],
    sideEffect: "none",
  });
}
