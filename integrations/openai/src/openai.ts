import { Integration, type ServiceFailure, type ServiceInfo } from "@acme/integration-kit";
import type OpenAIClient from "openai";
import { createOpenaiClient } from "./create-openai-client.js";
import { describeOpenaiFailure } from "./describe-openai-failure.js";
import { normalizeOptions, type OpenaiOptions } from "./openai-options.js";
import { openaiService } from "./openai-service.js";
import { Audio } from "./tasks/audio.js";
import { Batches } from "./tasks/batches.js";
import { Chat, type ChatCompletions } from "./tasks/chat.js";
import { Completions } from "./tasks/completions.js";
import { Edits } from "./tasks/edits.js";
import { Embeddings } from "./tasks/embeddings.js";
import { Files } from "./tasks/files.js";
import { FineTuning } from "./tasks/fine-tuning.js";
import { Images } from "./tasks/images.js";
import { Models } from "./tasks/models.js";
import { Moderations } from "./tasks/moderations.js";
import { Responses } from "./tasks/responses.js";
import { Beta } from "./tasks/threads.js";
import { Uploads } from "./tasks/uploads.js";
import { VectorStores } from "./tasks/vector-stores.js";
import { OpenaiWebhooks } from "./webhooks/openai-webhooks.js";

/** The tasks of a `@trigger.dev/openai` flat alias: the namespace method it stands for. */
type Same<F> = F;

/**
 * OpenAI for Trigger.dev jobs: pass it in `integrations` and call it as `io.openai` inside `run`,
 * through a namespace (`io.openai.responses.create(key, params)`) or, for the tasks
 * `@trigger.dev/openai` had, its flat alias (`io.openai.createChatCompletion(key, params)`).
 * The `openai` SDK is loaded on the first task, with its own retries off.
 */
export class Openai extends Integration<OpenAIClient, OpenaiOptions> {
  /** What the kit needs to know about OpenAI. */
  static readonly service: ServiceInfo = openaiService;

  constructor(options: OpenaiOptions) {
    super(normalizeOptions(options));
  }

  protected createClient(apiKey: string): Promise<OpenAIClient> {
    return createOpenaiClient(apiKey, { ...this.options, timeoutMs: this.timeoutMs });
  }

  protected override describeFailure(error: unknown): ServiceFailure | undefined {
    return describeOpenaiFailure(error);
  }

  /** The Responses API: create (also in the background), retrieve, cancel, delete, input items. */
  get responses(): Responses {
    return this.group(Responses);
  }
  /** Chat completions: `chat.completions.create`, `backgroundCreate`, and stored completions. */
  get chat(): Chat {
    return this.group(Chat);
  }
  /** Legacy text completions. */
  get completions(): Completions {
    return this.group(Completions);
  }
  /** @deprecated The removed Edits API: `create` fails at once, naming chat completions. */
  get edits(): Edits {
    return this.group(Edits);
  }
  /** Embeddings. */
  get embeddings(): Embeddings {
    return this.group(Embeddings);
  }
  /** Images: generate (also in the background), edit, vary. */
  get images(): Images {
    return this.group(Images);
  }
  /** Audio: speech, transcriptions, translations. */
  get audio(): Audio {
    return this.group(Audio);
  }
  /** Moderation. */
  get moderations(): Moderations {
    return this.group(Moderations);
  }
  /** Files: upload (and wait for processing), retrieve, list, delete, content. */
  get files(): Files {
    return this.group(Files);
  }
  /** Uploads of large files in parts. */
  get uploads(): Uploads {
    return this.group(Uploads);
  }
  /** The Batch API, and waiting for a batch's results. */
  get batches(): Batches {
    return this.group(Batches);
  }
  /** Fine-tuning jobs (`fineTuning.jobs`), and `@trigger.dev/openai`'s legacy fine-tune tasks mapped onto them. */
  get fineTuning(): FineTuning {
    return this.group(FineTuning);
  }
  /** `@trigger.dev/openai`'s other name for {@link Openai.fineTuning}. */
  get fineTunes(): FineTuning {
    return this.fineTuning;
  }
  /** Models. */
  get models(): Models {
    return this.group(Models);
  }
  /** Vector stores, their files and file batches. */
  get vectorStores(): VectorStores {
    return this.group(VectorStores);
  }
  /**
   * OpenAI's webhooks as job triggers: `openai.webhooks.endpoint(client, { id })` defines the
   * Trigger.dev HTTP endpoint OpenAI delivers to, and its `.on("response.completed")` triggers jobs.
   */
  get webhooks(): OpenaiWebhooks {
    return new OpenaiWebhooks(this.id);
  }
  /** @deprecated The Assistants API (assistants, threads, runs, messages), deprecated by OpenAI for Responses. */
  get beta(): Beta {
    return this.group(Beta);
  }

  // Flat aliases, with the names @trigger.dev/openai gave them (all deprecated there too).
  /** @deprecated Alias of `models.retrieve`. */
  get retrieveModel(): Same<Models["retrieve"]> {
    return this.models.retrieve;
  }
  /** @deprecated Alias of `models.list`. */
  get listModels(): Same<Models["list"]> {
    return this.models.list;
  }
  /** @deprecated Alias of `models.delete`. */
  get deleteModel(): Same<Models["delete"]> {
    return this.models.delete;
  }
  /** @deprecated Alias of `models.delete`. */
  get deleteFineTune(): Same<Models["delete"]> {
    return this.models.delete;
  }
  /** @deprecated Alias of `completions.create`. */
  get createCompletion(): Same<Completions["create"]> {
    return this.completions.create;
  }
  /** @deprecated Alias of `completions.backgroundCreate`. */
  get backgroundCreateCompletion(): Same<Completions["backgroundCreate"]> {
    return this.completions.backgroundCreate;
  }
  /** @deprecated Alias of `chat.completions.create`. */
  get createChatCompletion(): Same<ChatCompletions["create"]> {
    return this.chat.completions.create;
  }
  /** @deprecated Alias of `chat.completions.backgroundCreate`. */
  get backgroundCreateChatCompletion(): Same<ChatCompletions["backgroundCreate"]> {
    return this.chat.completions.backgroundCreate;
  }
  /** @deprecated Alias of `edits.create`, which fails at once: the Edits API is gone. */
  get createEdit(): Same<Edits["create"]> {
    return this.edits.create;
  }
  /** @deprecated Alias of `images.generate`. */
  get generateImage(): Same<Images["generate"]> {
    return this.images.generate;
  }
  /** @deprecated Alias of `images.generate`. */
  get createImage(): Same<Images["generate"]> {
    return this.images.generate;
  }
  /** @deprecated Alias of `images.edit`. */
  get createImageEdit(): Same<Images["edit"]> {
    return this.images.edit;
  }
  /** @deprecated Alias of `images.createVariation`. */
  get createImageVariation(): Same<Images["createVariation"]> {
    return this.images.createVariation;
  }
  /** @deprecated Alias of `embeddings.create`. */
  get createEmbedding(): Same<Embeddings["create"]> {
    return this.embeddings.create;
  }
  /** @deprecated Alias of `files.create`. */
  get createFile(): Same<Files["create"]> {
    return this.files.create;
  }
  /** @deprecated Alias of `files.list`. */
  get listFiles(): Same<Files["list"]> {
    return this.files.list;
  }
  /** @deprecated Alias of `files.createFineTune`. */
  get createFineTuneFile(): Same<Files["createFineTune"]> {
    return this.files.createFineTune;
  }
  /** @deprecated Alias of `fineTunes.create` (a fine-tuning job now). */
  get createFineTune(): Same<FineTuning["create"]> {
    return this.fineTuning.create;
  }
  /** @deprecated Alias of `fineTunes.list`. */
  get listFineTunes(): Same<FineTuning["list"]> {
    return this.fineTuning.list;
  }
  /** @deprecated Alias of `fineTunes.retrieve`. */
  get retrieveFineTune(): Same<FineTuning["retrieve"]> {
    return this.fineTuning.retrieve;
  }
  /** @deprecated Alias of `fineTunes.cancel`. */
  get cancelFineTune(): Same<FineTuning["cancel"]> {
    return this.fineTuning.cancel;
  }
  /** @deprecated Alias of `fineTunes.listEvents`. */
  get listFineTuneEvents(): Same<FineTuning["listEvents"]> {
    return this.fineTuning.listEvents;
  }
  /** @deprecated Alias of `fineTuning.jobs.create`. */
  get createFineTuningJob(): Same<FineTuning["jobs"]["create"]> {
    return this.fineTuning.jobs.create;
  }
  /** @deprecated Alias of `fineTuning.jobs.retrieve`. */
  get retrieveFineTuningJob(): Same<FineTuning["jobs"]["retrieve"]> {
    return this.fineTuning.jobs.retrieve;
  }
  /** @deprecated Alias of `fineTuning.jobs.cancel`. */
  get cancelFineTuningJob(): Same<FineTuning["jobs"]["cancel"]> {
    return this.fineTuning.jobs.cancel;
  }
  /** @deprecated Alias of `fineTuning.jobs.listEvents`. */
  get listFineTuningJobEvents(): Same<FineTuning["jobs"]["listEvents"]> {
    return this.fineTuning.jobs.listEvents;
  }
  /** @deprecated Alias of `fineTuning.jobs.list`. */
  get listFineTuningJobs(): Same<FineTuning["jobs"]["list"]> {
    return this.fineTuning.jobs.list;
  }
}

/** `@trigger.dev/openai`'s name for the class, so `import { OpenAI } from "@acme/openai"` drops in. */
export const OpenAI = Openai;
/** `@trigger.dev/openai`'s name for the class. */
export type OpenAI = Openai;
