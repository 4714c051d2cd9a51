import { type TaskSpec, tasksOf } from "@acme/integration-kit";

/** One declared task and where it is reached: `io.openai.<namespace>.<method>` (`chat.completions`, `create`). */
export interface OpenaiTask {
  readonly namespace: string;
  readonly method: string;
  readonly spec: TaskSpec<unknown, unknown, unknown>;
}

/**
 * Every declared task of an OpenAI integration or client, its namespaces nested as the SDK nests
 * them (`chat.completions`, `fineTuning.jobs`, `beta.threads.runs`); `fineTunes`, another name of
 * `fineTuning`, is not counted again.
 */
export function openaiTasks(root: object): OpenaiTask[] {
  return tasksOf(root).map(({ group, name, spec }) => ({ namespace: group, method: name, spec }));
}
