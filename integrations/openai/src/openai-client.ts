import { type ClientSettings, type ServiceClientOptions, serviceClient } from "@acme/integration-kit";
import type OpenAI from "openai";
import { createOpenaiClient } from "./create-openai-client.js";
import { describeOpenaiFailure } from "./describe-openai-failure.js";
import type { OpenaiHeaders } from "./openai-options.js";
import { openaiService } from "./openai-service.js";
import { Audio } from "./tasks/audio.js";
import { Batches } from "./tasks/batches.js";
import { Chat } from "./tasks/chat.js";
import { Completions } from "./tasks/completions.js";
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

/** Options for {@link OpenaiClient}. */
export interface OpenaiClientOptions extends ServiceClientOptions {
  /** Sent as `OpenAI-Organization`, for keys that belong to several organizations. */
  organization?: string;
  /** Sent as `OpenAI-Project`, for keys that belong to several projects. */
  project?: string;
  /** API root (default `https://api.openai.com/v1`): Azure OpenAI, another OpenAI-compatible server, or a stand-in. */
  baseUrl?: string;
  /** Headers added to every request (copied: your object is never changed). */
  defaultHeaders?: OpenaiHeaders;
  /** Query parameters added to every request, such as Azure's `api-version`. */
  defaultQuery?: Record<string, string | undefined>;
  /** The fetch the SDK sends with (a proxy, an instrumented client); the global one by default. */
  fetch?: typeof fetch;
}

/**
 * OpenAI's tasks as plain awaited calls, for Trigger.dev v4 tasks or any Node code, with no
 * Trigger.dev SDK: `await openai.responses.create({ model, input })`. The same declarations as the
 * v2 `Openai` but the removed Edits API (the background variants call OpenAI directly; the
 * waiting ones refuse, as they need v2's io); a failure throws a `ServiceError` whose verdict `catchServiceError` answers v4
 * with. `await openai.native()` is the `openai` SDK client for anything no task covers.
 */
export const OpenaiClient = serviceClient({
  service: openaiService,
  createClient: (apiKey: string, { options, timeoutMs }: ClientSettings<OpenaiClientOptions>): Promise<OpenAI> =>
    createOpenaiClient(apiKey, { ...options, timeoutMs }),
  describeFailure: describeOpenaiFailure,
  groups: {
    /** The Responses API. */
    responses: Responses<"call">,
    /** Chat completions (`chat.completions`). */
    chat: Chat<"call">,
    /** Legacy text completions. */
    completions: Completions<"call">,
    /** Embeddings. */
    embeddings: Embeddings<"call">,
    /** Images. */
    images: Images<"call">,
    /** Audio: speech, transcriptions, translations. */
    audio: Audio<"call">,
    /** Moderation. */
    moderations: Moderations<"call">,
    /** Files. */
    files: Files<"call">,
    /** Uploads of large files in parts. */
    uploads: Uploads<"call">,
    /** The Batch API. */
    batches: Batches<"call">,
    /** Fine-tuning jobs (`fineTuning.jobs`). */
    fineTuning: FineTuning<"call">,
    /** Models. */
    models: Models<"call">,
    /** Vector stores, their files and file batches. */
    vectorStores: VectorStores<"call">,
    /** The Assistants API (deprecated by OpenAI). */
    beta: Beta<"call">,
  },
  // The flat names @trigger.dev/openai gave the tasks of one-level namespaces, as the v2 class has them.
  aliases: {
    retrieveModel: "models.retrieve",
    listModels: "models.list",
    deleteModel: "models.delete",
    createCompletion: "completions.create",
    createEmbedding: "embeddings.create",
    createImage: "images.generate",
    createImageEdit: "images.edit",
    createImageVariation: "images.createVariation",
    createFile: "files.create",
    listFiles: "files.list",
  },
});

/** An {@link OpenaiClient} instance. */
export type OpenaiClient = InstanceType<typeof OpenaiClient>;
