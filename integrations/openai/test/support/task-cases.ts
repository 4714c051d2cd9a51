type AnyTask = (key: string, ...args: unknown[]) => Promise<unknown>;

/** The task at `namespace.method` of an `Openai` instance (`chat.completions`, `create`), bound to its group. */
export function taskOf(openai: object, namespace: string, method: string): AnyTask {
  let group: unknown = openai;
  for (const name of namespace.split(".")) group = (group as Record<string, unknown>)[name];
  return ((group as Record<string, AnyTask>)[method] as AnyTask).bind(group);
}

/** A task's name in test titles and lookups: `chat.completions.create`. */
export const key = (task: { namespace: string; method: string }) => `${task.namespace}.${task.method}`;

/** One task call the suite makes against the validating stand-in. */
export interface TaskCase {
  /** Where the task is reached: `chat.completions`, `beta.threads.runs`. */
  readonly namespace: string;
  readonly method: string;
  /** The arguments after the key (params, or `@trigger.dev/openai`'s positional ones). */
  readonly args: () => unknown[];
  /** The one params object, where `args` are `@trigger.dev/openai`'s positional ones (default: `args()[0]`). */
  readonly params?: () => unknown;
  /** The `@trigger.dev/openai` flat aliases of the task. */
  readonly aliases?: readonly string[];
}

const PNG =
  "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==";
const audio = () => new File([new Uint8Array([73, 68, 51, 4])], "speech.mp3", { type: "audio/mpeg" });
const chat = { model: "gpt-4o-mini", messages: [{ role: "user" as const, content: "Say hello" }] };
const ids = {
  file: "file-abc123",
  batch: "batch_abc123",
  job: "ftjob-abc123",
  store: "vs_abc123",
  assistant: "asst_abc123",
  thread: "thread_abc123",
  run: "run_abc123",
  message: "msg_abc123",
  response: "resp_abc123",
  completion: "chatcmpl-abc123",
  upload: "upload_abc123",
  fileBatch: "vsfb_abc123",
};

/** Every task, with arguments OpenAI's API description accepts. */
export const taskCases: TaskCase[] = [
  // Responses
  { namespace: "responses", method: "create", args: () => [{ model: "gpt-4.1", input: "Write a haiku", store: true }] },
  {
    namespace: "responses",
    method: "backgroundCreate",
    args: () => [{ model: "o3", input: "Plan a long report", metadata: { report: "q3" } }],
  },
  { namespace: "responses", method: "retrieve", args: () => [{ response_id: ids.response }] },
  { namespace: "responses", method: "cancel", args: () => [{ response_id: ids.response }] },
  { namespace: "responses", method: "delete", args: () => [{ response_id: ids.response }] },
  { namespace: "responses", method: "listInputItems", args: () => [{ response_id: ids.response, limit: 10 }] },
  // Chat completions
  {
    namespace: "chat.completions",
    method: "create",
    aliases: ["createChatCompletion"],
    args: () => [{ ...chat, temperature: 0.2, max_completion_tokens: 100 }],
  },
  {
    namespace: "chat.completions",
    method: "backgroundCreate",
    aliases: ["backgroundCreateChatCompletion"],
    args: () => [chat, {}, { timeout: { durationInMs: 120_000 } }],
  },
  { namespace: "chat.completions", method: "retrieve", args: () => [{ completion_id: ids.completion }] },
  {
    namespace: "chat.completions",
    method: "update",
    args: () => [{ completion_id: ids.completion, metadata: { reviewed: "yes" } }],
  },
  { namespace: "chat.completions", method: "list", args: () => [{ model: "gpt-4o-mini", limit: 5 }] },
  { namespace: "chat.completions", method: "delete", args: () => [{ completion_id: ids.completion }] },
  { namespace: "chat.completions", method: "listMessages", args: () => [{ completion_id: ids.completion }] },
  // Completions, edits, embeddings, moderations
  {
    namespace: "completions",
    method: "create",
    aliases: ["createCompletion"],
    args: () => [{ model: "gpt-3.5-turbo-instruct", prompt: "Once upon a time", max_tokens: 20 }],
  },
  {
    namespace: "completions",
    method: "backgroundCreate",
    aliases: ["backgroundCreateCompletion"],
    args: () => [{ model: "gpt-3.5-turbo-instruct", prompt: "Once upon a time" }],
  },
  {
    namespace: "edits",
    method: "create",
    aliases: ["createEdit"],
    args: () => [{ model: "text-davinci-edit-001", input: "teh cat", instruction: "Fix the spelling" }],
  },
  {
    namespace: "embeddings",
    method: "create",
    aliases: ["createEmbedding"],
    args: () => [{ model: "text-embedding-3-small", input: ["alpha", "beta"], dimensions: 256 }],
  },
  { namespace: "moderations", method: "create", args: () => [{ model: "omni-moderation-latest", input: "hello" }] },
  // Images
  {
    namespace: "images",
    method: "generate",
    aliases: ["generateImage", "createImage", "images.create"],
    args: () => [{ model: "gpt-image-1", prompt: "A lighthouse at dawn", size: "1024x1024", n: 1 }],
  },
  {
    namespace: "images",
    method: "backgroundGenerate",
    aliases: ["images.backgroundCreate"],
    args: () => [{ model: "dall-e-3", prompt: "A lighthouse at dusk" }],
  },
  {
    namespace: "images",
    method: "edit",
    aliases: ["createImageEdit"],
    args: () => [{ image: PNG, prompt: "Add a boat", model: "dall-e-2", size: "256x256" }],
  },
  {
    namespace: "images",
    method: "createVariation",
    aliases: ["createImageVariation"],
    args: () => [{ image: PNG, n: 2, size: "256x256" }],
  },
  // Audio
  {
    namespace: "audio.speech",
    method: "create",
    args: () => [{ model: "gpt-4o-mini-tts", voice: "alloy", input: "Hello there", response_format: "mp3" }],
  },
  {
    namespace: "audio.transcriptions",
    method: "create",
    args: () => [
      { model: "whisper-1", file: audio(), response_format: "verbose_json", timestamp_granularities: ["word"] },
    ],
  },
  {
    namespace: "audio.translations",
    method: "create",
    args: () => [{ model: "whisper-1", file: audio(), temperature: 0 }],
  },
  // Files
  {
    namespace: "files",
    method: "create",
    aliases: ["createFile"],
    args: () => [{ file: '{"custom_id":"a"}\n', fileName: "batch.jsonl", purpose: "batch" }],
  },
  {
    namespace: "files",
    method: "createAndWaitForProcessing",
    args: () => [{ file: "Hello, assistants", fileName: "notes.txt", purpose: "assistants" }],
  },
  { namespace: "files", method: "waitForProcessing", args: () => [ids.file] },
  { namespace: "files", method: "retrieve", args: () => [ids.file] },
  { namespace: "files", method: "list", aliases: ["listFiles"], args: () => [{ purpose: "fine-tune" }] },
  {
    namespace: "files",
    method: "createFineTune",
    aliases: ["createFineTuneFile"],
    args: () => [
      {
        fileName: "train.jsonl",
        examples: [
          {
            messages: [
              { role: "user", content: "Hi" },
              { role: "assistant", content: "Hello" },
            ],
          },
        ],
      },
    ],
  },
  { namespace: "files", method: "delete", args: () => [{ file_id: ids.file }] },
  { namespace: "files", method: "content", args: () => [{ file_id: ids.file }] },
  // Uploads
  {
    namespace: "uploads",
    method: "create",
    args: () => [{ filename: "big.jsonl", purpose: "batch", bytes: 2_048, mime_type: "application/jsonl" }],
  },
  { namespace: "uploads", method: "addPart", args: () => [{ upload_id: ids.upload, data: '{"a":1}\n' }] },
  { namespace: "uploads", method: "complete", args: () => [{ upload_id: ids.upload, part_ids: ["part_def456"] }] },
  { namespace: "uploads", method: "cancel", args: () => [{ upload_id: ids.upload }] },
  // Batches
  {
    namespace: "batches",
    method: "create",
    args: () => [{ input_file_id: ids.file, endpoint: "/v1/chat/completions", completion_window: "24h" }],
  },
  { namespace: "batches", method: "retrieve", args: () => [{ batch_id: ids.batch }] },
  { namespace: "batches", method: "cancel", args: () => [{ batch_id: ids.batch }] },
  { namespace: "batches", method: "list", args: () => [{ limit: 20 }] },
  { namespace: "batches", method: "waitForResults", args: () => [{ batch_id: ids.batch }] },
  // Fine-tuning: legacy fine-tunes mapped onto jobs, then jobs
  {
    namespace: "fineTuning",
    method: "create",
    aliases: ["createFineTune"],
    args: () => [{ training_file: ids.file, model: "gpt-4o-mini-2024-07-18", n_epochs: 3, suffix: "support" }],
  },
  { namespace: "fineTuning", method: "list", aliases: ["listFineTunes"], args: () => [], params: () => ({ limit: 5 }) },
  { namespace: "fineTuning", method: "retrieve", aliases: ["retrieveFineTune"], args: () => [{ fineTuneId: ids.job }] },
  { namespace: "fineTuning", method: "cancel", aliases: ["cancelFineTune"], args: () => [{ fineTuneId: ids.job }] },
  {
    namespace: "fineTuning",
    method: "listEvents",
    aliases: ["listFineTuneEvents"],
    args: () => [{ fineTuneId: ids.job }],
  },
  {
    namespace: "fineTuning.jobs",
    method: "create",
    aliases: ["createFineTuningJob"],
    args: () => [
      {
        model: "gpt-4o-mini-2024-07-18",
        training_file: ids.file,
        method: { type: "supervised", supervised: { hyperparameters: { n_epochs: 2 } } },
      },
    ],
  },
  {
    namespace: "fineTuning.jobs",
    method: "retrieve",
    aliases: ["retrieveFineTuningJob"],
    args: () => [{ id: ids.job }],
  },
  { namespace: "fineTuning.jobs", method: "cancel", aliases: ["cancelFineTuningJob"], args: () => [{ id: ids.job }] },
  {
    namespace: "fineTuning.jobs",
    method: "listEvents",
    aliases: ["listFineTuningJobEvents"],
    args: () => [{ id: ids.job, limit: 10 }],
  },
  { namespace: "fineTuning.jobs", method: "list", aliases: ["listFineTuningJobs"], args: () => [{ limit: 5 }] },
  { namespace: "fineTuning.jobs", method: "pause", args: () => [{ fine_tuning_job_id: ids.job }] },
  { namespace: "fineTuning.jobs", method: "resume", args: () => [{ fine_tuning_job_id: ids.job }] },
  { namespace: "fineTuning.jobs", method: "listCheckpoints", args: () => [{ id: ids.job, limit: 3 }] },
  // Models
  { namespace: "models", method: "retrieve", aliases: ["retrieveModel"], args: () => [{ model: "gpt-4o-mini" }] },
  { namespace: "models", method: "list", aliases: ["listModels"], args: () => [], params: () => undefined },
  {
    namespace: "models",
    method: "delete",
    aliases: ["deleteModel", "deleteFineTune"],
    args: () => [{ fineTunedModelId: "ft:gpt-4o-mini-2024-07-18:acme::abc123" }],
  },
  // Vector stores
  { namespace: "vectorStores", method: "create", args: () => [{ name: "Handbook", file_ids: [ids.file] }] },
  { namespace: "vectorStores", method: "retrieve", args: () => [{ vector_store_id: ids.store }] },
  {
    namespace: "vectorStores",
    method: "update",
    args: () => [
      { vector_store_id: ids.store, name: "Handbook 2", expires_after: { anchor: "last_active_at", days: 7 } },
    ],
  },
  { namespace: "vectorStores", method: "list", args: () => [{ order: "asc" }] },
  { namespace: "vectorStores", method: "delete", args: () => [{ vector_store_id: ids.store }] },
  {
    namespace: "vectorStores",
    method: "search",
    args: () => [{ vector_store_id: ids.store, query: "holiday policy", max_num_results: 5 }],
  },
  {
    namespace: "vectorStores.files",
    method: "create",
    args: () => [{ vector_store_id: ids.store, file_id: ids.file }],
  },
  {
    namespace: "vectorStores.files",
    method: "retrieve",
    args: () => [{ vector_store_id: ids.store, file_id: ids.file }],
  },
  {
    namespace: "vectorStores.files",
    method: "list",
    args: () => [{ vector_store_id: ids.store, filter: "completed" }],
  },
  {
    namespace: "vectorStores.files",
    method: "delete",
    args: () => [{ vector_store_id: ids.store, file_id: ids.file }],
  },
  {
    namespace: "vectorStores.fileBatches",
    method: "create",
    args: () => [{ vector_store_id: ids.store, file_ids: [ids.file, "file-def456"] }],
  },
  {
    namespace: "vectorStores.fileBatches",
    method: "retrieve",
    args: () => [{ vector_store_id: ids.store, batch_id: ids.fileBatch }],
  },
  {
    namespace: "vectorStores.fileBatches",
    method: "cancel",
    args: () => [{ vector_store_id: ids.store, batch_id: ids.fileBatch }],
  },
  {
    namespace: "vectorStores.fileBatches",
    method: "listFiles",
    args: () => [{ vector_store_id: ids.store, batch_id: ids.fileBatch }],
  },
  // Assistants (deprecated), with @trigger.dev/openai's positional arguments where it had them
  {
    namespace: "beta.assistants",
    method: "create",
    args: () => [{ model: "gpt-4o", name: "Helper", tools: [{ type: "file_search" }] }],
  },
  {
    namespace: "beta.assistants",
    method: "update",
    args: () => [ids.assistant, { name: "Helper 2" }],
    params: () => ({ assistant_id: ids.assistant, name: "Helper 2" }),
  },
  { namespace: "beta.assistants", method: "list", args: () => [{ limit: 10 }] },
  { namespace: "beta.assistants", method: "del", args: () => [ids.assistant] },
  { namespace: "beta.assistants", method: "retrieve", args: () => [ids.assistant] },
  {
    namespace: "beta.threads",
    method: "createAndRun",
    args: () => [{ assistant_id: ids.assistant, thread: { messages: [{ role: "user", content: "Hi" }] } }],
  },
  {
    namespace: "beta.threads",
    method: "createAndRunUntilCompletion",
    args: () => [{ assistant_id: ids.assistant, thread: { messages: [{ role: "user", content: "Hi" }] } }],
  },
  { namespace: "beta.threads", method: "create", args: () => [{ messages: [{ role: "user", content: "Hello" }] }] },
  { namespace: "beta.threads", method: "retrieve", args: () => [ids.thread] },
  {
    namespace: "beta.threads",
    method: "update",
    args: () => [ids.thread, { metadata: { topic: "billing" } }],
    params: () => ({ thread_id: ids.thread, metadata: { topic: "billing" } }),
  },
  { namespace: "beta.threads", method: "del", args: () => [ids.thread] },
  {
    namespace: "beta.threads.runs",
    method: "createAndWaitForCompletion",
    args: () => [ids.thread, { assistant_id: ids.assistant }],
    params: () => ({ thread_id: ids.thread, assistant_id: ids.assistant }),
  },
  {
    namespace: "beta.threads.runs",
    method: "waitForCompletion",
    args: () => [ids.thread, ids.run],
    params: () => ({ thread_id: ids.thread, run_id: ids.run }),
  },
  {
    namespace: "beta.threads.runs",
    method: "create",
    args: () => [ids.thread, { assistant_id: ids.assistant, instructions: "Be brief" }],
    params: () => ({ thread_id: ids.thread, assistant_id: ids.assistant, instructions: "Be brief" }),
  },
  {
    namespace: "beta.threads.runs",
    method: "retrieve",
    args: () => [ids.thread, ids.run],
    params: () => ({ thread_id: ids.thread, run_id: ids.run }),
  },
  {
    namespace: "beta.threads.runs",
    method: "cancel",
    args: () => [ids.thread, ids.run],
    params: () => ({ thread_id: ids.thread, run_id: ids.run }),
  },
  {
    namespace: "beta.threads.runs",
    method: "submitToolOutputs",
    args: () => [ids.thread, ids.run, { tool_outputs: [{ tool_call_id: "call_abc123", output: "42" }] }],
    params: () => ({
      thread_id: ids.thread,
      run_id: ids.run,
      tool_outputs: [{ tool_call_id: "call_abc123", output: "42" }],
    }),
  },
  {
    namespace: "beta.threads.runs",
    method: "list",
    args: () => [ids.thread],
    params: () => ({ thread_id: ids.thread, limit: 20 }),
  },
  {
    namespace: "beta.threads.messages",
    method: "list",
    args: () => [ids.thread, { order: "asc", limit: 20 }],
    params: () => ({ thread_id: ids.thread, order: "asc", limit: 20 }),
  },
  {
    namespace: "beta.threads.messages",
    method: "listAll",
    args: () => [ids.thread],
    params: () => ({ thread_id: ids.thread }),
  },
  {
    namespace: "beta.threads.messages",
    method: "create",
    args: () => [ids.thread, { role: "user", content: "What is the refund policy?" }],
    params: () => ({ thread_id: ids.thread, role: "user", content: "What is the refund policy?" }),
  },
  {
    namespace: "beta.threads.messages",
    method: "retrieve",
    args: () => [ids.thread, ids.message],
    params: () => ({ thread_id: ids.thread, message_id: ids.message }),
  },
  {
    namespace: "beta.threads.messages",
    method: "update",
    args: () => [ids.thread, ids.message, { metadata: { flagged: "no" } }],
    params: () => ({ thread_id: ids.thread, message_id: ids.message, metadata: { flagged: "no" } }),
  },
];
