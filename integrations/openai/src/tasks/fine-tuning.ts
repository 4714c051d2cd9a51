import { type RunMode, TaskGroup, TaskInputError } from "@acme/integration-kit";
import type OpenAI from "openai";
import type { FineTuningJobCheckpoint } from "openai/resources/fine-tuning/jobs/checkpoints";
import type {
  FineTuningJob,
  FineTuningJobEvent,
  JobCreateParams,
  JobListEventsParams,
  JobListParams,
} from "openai/resources/fine-tuning/jobs/jobs";
import { earlierByMetadata, MARKER_KEY } from "./earlier-by-metadata.js";
import { itemsPager, type OpenaiPage, openaiPager } from "./openai-pagers.js";
import { pageJson } from "./page-json.js";
import { type V2RequestOptions, withoutRequestOptions } from "./v2-request-options.js";

/** A fine-tuning job, by id: `{ id }` as `@trigger.dev/openai` took it, or `{ fine_tuning_job_id }`. */
export type JobRef = { id: string } | { fine_tuning_job_id: string };

/**
 * A fine-tuning job request. `method` also takes the shapes older `openai` SDKs typed (as
 * `@trigger.dev/openai`'s callers have them); OpenAI checks the fields.
 */
export type JobCreateInput = Omit<JobCreateParams, "method"> & {
  method?:
    | JobCreateParams["method"]
    | { type: "supervised" | "dpo" | "reinforcement"; supervised?: object; dpo?: object; reinforcement?: object };
};

/** A legacy fine-tune, by id, as `@trigger.dev/openai` took it; today a fine-tuning job's id. */
export interface LegacyFineTuneRef {
  fineTuneId: string;
}

/** `@trigger.dev/openai`'s legacy fine-tune request (`POST /fine-tunes`, removed), mapped to a fine-tuning job. */
export interface LegacyFineTuneParams {
  training_file: string;
  validation_file?: string | null;
  /** Required now: the legacy default (`curie`) is gone. */
  model?: string | null;
  n_epochs?: number | null;
  batch_size?: number | null;
  learning_rate_multiplier?: number | null;
  suffix?: string | null;
  prompt_loss_weight?: number | null;
  compute_classification_metrics?: boolean | null;
  classification_n_classes?: number | null;
  classification_positive_class?: string | null;
  classification_betas?: number[] | null;
  /** Up to 16 key-value pairs kept on the job. */
  metadata?: Record<string, string> | null;
}

const jobId = (ref: JobRef) => ("id" in ref ? ref.id : ref.fine_tuning_job_id);
const NO_SUCCESSOR = [
  "prompt_loss_weight",
  "compute_classification_metrics",
  "classification_n_classes",
  "classification_positive_class",
  "classification_betas",
] as const;

/** A legacy fine-tune request as today's job request, or a refusal naming what has no successor. */
function jobFromLegacy(p: LegacyFineTuneParams): JobCreateParams {
  const dropped = NO_SUCCESSOR.filter((name) => p[name] !== undefined && p[name] !== null);
  if (dropped.length > 0) {
    throw new TaskInputError(
      `fine-tuning jobs, which replaced the legacy fine-tunes API, have no ${dropped.map((name) => `\`${name}\``).join(", ")}`,
      "Leave them out, or use io.openai.fineTuning.jobs.create with today's parameters.",
    );
  }
  if (!p.model) {
    throw new TaskInputError(
      "fine-tuning jobs need a `model`: the legacy default (curie) no longer exists",
      'Pass a model that can be fine-tuned, such as "gpt-4o-mini-2024-07-18".',
    );
  }
  const hyperparameters = Object.fromEntries(
    (["n_epochs", "batch_size", "learning_rate_multiplier"] as const)
      .filter((name) => p[name] !== undefined && p[name] !== null)
      .map((name) => [name, p[name]]),
  );
  return {
    model: p.model,
    training_file: p.training_file,
    ...(p.validation_file ? { validation_file: p.validation_file } : {}),
    ...(p.suffix ? { suffix: p.suffix } : {}),
    ...(p.metadata ? { metadata: p.metadata } : {}),
    ...(Object.keys(hyperparameters).length > 0
      ? { method: { type: "supervised", supervised: { hyperparameters } } }
      : {}),
  };
}

/** The jobs that carry `marker` (OpenAI filters fine-tuning jobs by metadata). */
async function jobsMarked(client: OpenAI, _params: unknown, marker: string): Promise<FineTuningJob[]> {
  const page = await pageJson<OpenaiPage<FineTuningJob>>(
    client.fineTuning.jobs.list({ metadata: { [MARKER_KEY]: marker }, limit: 10 }),
  );
  return page.data;
}

/** Fine-tuning jobs: train a model on your examples. */
export class FineTuningJobs<M extends RunMode = "job"> extends TaskGroup<OpenAI, M> {
  /**
   * Creates a fine-tuning job. It costs money and OpenAI takes no idempotency key: the job
   * carries the task's key in `metadata`, and a retry finds the job it already made.
   */
  readonly create = this.task({
    name: "Create Fine Tuning Job",
    call: (client, p: JobCreateInput) => client.fineTuning.jobs.create(p as JobCreateParams),
    properties: (p) => [
      ["Model", p.model],
      ["Training File", p.training_file],
    ],
    sideEffect: earlierByMetadata<JobCreateInput, FineTuningJob>("fine-tuning job", jobsMarked),
  });
  /** Retrieves a job. */
  readonly retrieve = this.task({
    name: "Retrieve Fine Tuning Job",
    call: (client, p: JobRef) => client.fineTuning.jobs.retrieve(jobId(p)),
    properties: (p) => [["Job", jobId(p)]],
    sideEffect: "none",
  });
  /** Cancels a job. */
  readonly cancel = this.task({
    name: "Cancel Fine Tuning Job",
    call: (client, p: JobRef) => client.fineTuning.jobs.cancel(jobId(p)),
    properties: (p) => [["Job", jobId(p)]],
    sideEffect: "idempotent",
  });
  /** A job's events (an array, as `@trigger.dev/openai` returned them); `{ paginate }` reads further pages. */
  readonly listEvents = this.listing({
    name: "List Fine Tuning Job Events",
    pager: itemsPager((client, p: JobRef & JobListEventsParams) => {
      const { after, limit } = p;
      return pageJson<OpenaiPage<FineTuningJobEvent>>(
        client.fineTuning.jobs.listEvents(jobId(p), { ...(after ? { after } : {}), ...(limit ? { limit } : {}) }),
      );
    }),
    properties: (p) => [["Job", jobId(p)]],
  });
  /** Lists jobs (an array, as `@trigger.dev/openai` returned them); `metadata` filters. */
  readonly list = this.listing({
    name: "List Fine Tuning Jobs",
    pager: itemsPager((client, p: JobListParams | undefined) =>
      pageJson<OpenaiPage<FineTuningJob>>(client.fineTuning.jobs.list(p ?? {})),
    ),
  });
  /** Pauses a running job. */
  readonly pause = this.task({
    name: "Pause Fine Tuning Job",
    call: (client, p: JobRef) => client.fineTuning.jobs.pause(jobId(p)),
    properties: (p) => [["Job", jobId(p)]],
    sideEffect: "idempotent",
  });
  /** Resumes a paused job. */
  readonly resume = this.task({
    name: "Resume Fine Tuning Job",
    call: (client, p: JobRef) => client.fineTuning.jobs.resume(jobId(p)),
    properties: (p) => [["Job", jobId(p)]],
    sideEffect: "idempotent",
  });
  /** A job's checkpoints (models saved at the end of epochs). */
  readonly listCheckpoints = this.listing({
    name: "List Fine Tuning Checkpoints",
    pager: openaiPager((client, p: JobRef & { after?: string; limit?: number }) => {
      const { after, limit } = p;
      return pageJson<OpenaiPage<FineTuningJobCheckpoint>>(
        client.fineTuning.jobs.checkpoints.list(jobId(p), { ...(after ? { after } : {}), ...(limit ? { limit } : {}) }),
      );
    }),
    properties: (p) => [["Job", jobId(p)]],
  });
}

/**
 * `io.openai.fineTuning` (also `fineTunes`): `jobs`, plus `@trigger.dev/openai`'s legacy
 * fine-tune tasks. OpenAI removed `/fine-tunes`; each legacy task now sends the fine-tuning job
 * request that replaced it.
 */
export class FineTuning<M extends RunMode = "job"> extends TaskGroup<OpenAI, M> {
  /** Fine-tuning jobs. */
  readonly jobs = new FineTuningJobs<M>(this.runner);

  /** @deprecated Legacy `fineTunes.create`: creates a fine-tuning job (`model` is required now). */
  readonly create = this.task({
    name: "Create Fine Tune",
    call: (client, p: LegacyFineTuneParams) => client.fineTuning.jobs.create(jobFromLegacy(p)),
    properties: (p) => [
      ["Training File", p.training_file],
      ["Model", p.model ?? undefined],
    ],
    sideEffect: earlierByMetadata<LegacyFineTuneParams, FineTuningJob>("fine-tuning job", jobsMarked),
  });
  /** @deprecated Legacy `fineTunes.list`: lists fine-tuning jobs. */
  readonly list = this.listing({
    name: "List Fine Tunes",
    pager: itemsPager((client, p: JobListParams | V2RequestOptions | undefined) =>
      pageJson<OpenaiPage<FineTuningJob>>(client.fineTuning.jobs.list(withoutRequestOptions<JobListParams>(p))),
    ),
  });
  /** @deprecated Legacy `fineTunes.retrieve`: retrieves a fine-tuning job. */
  readonly retrieve = this.task({
    name: "Retrieve Fine Tune",
    call: (client, p: LegacyFineTuneRef) => client.fineTuning.jobs.retrieve(p.fineTuneId),
    properties: (p) => [["Fine Tune", p.fineTuneId]],
    sideEffect: "none",
  });
  /** @deprecated Legacy `fineTunes.cancel`: cancels a fine-tuning job. */
  readonly cancel = this.task({
    name: "Cancel Fine Tune",
    call: (client, p: LegacyFineTuneRef) => client.fineTuning.jobs.cancel(p.fineTuneId),
    properties: (p) => [["Fine Tune", p.fineTuneId]],
    sideEffect: "idempotent",
  });
  /** @deprecated Legacy `fineTunes.listEvents`: a fine-tuning job's events, as a list object. */
  readonly listEvents = this.task({
    name: "List Fine Tune Events",
    call: (client, p: LegacyFineTuneRef) =>
      pageJson<OpenaiPage<FineTuningJobEvent>>(client.fineTuning.jobs.listEvents(p.fineTuneId)),
    properties: (p) => [["Fine Tune", p.fineTuneId]],
    sideEffect: "none",
  });
}
