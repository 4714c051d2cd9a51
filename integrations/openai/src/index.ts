export { BackgroundHttpError } from "./background-http-error.js";
export { describeOpenaiFailure, openaiRetryAt } from "./describe-openai-failure.js";
export { OpenAI, Openai } from "./openai.js";
export { normalizeOptions, type OpenaiHeaders, type OpenaiOptions } from "./openai-options.js";
export { parseResetDuration } from "./openai-reset-duration.js";
export { type OpenaiTask, openaiTasks } from "./openai-task-tree.js";
export { type AssistantRef, Assistants } from "./tasks/assistants.js";
export { Audio, Speech, type SpeechAudio, Transcriptions, Translations } from "./tasks/audio.js";
export type { BackgroundFetchOptions } from "./tasks/background.js";
export { Batches, type BatchResult, type BatchWithResults } from "./tasks/batches.js";
export { type BackgroundChatParams, Chat, ChatCompletions } from "./tasks/chat.js";
export { type BackgroundCompletionParams, Completions } from "./tasks/completions.js";
export { MARKER_KEY } from "./tasks/earlier-by-metadata.js";
export { type EditCreateParams, Edits } from "./tasks/edits.js";
export { Embeddings } from "./tasks/embeddings.js";
export { type CreateFileParams, type CreateFineTuneFileParams, type FileRef, Files } from "./tasks/files.js";
export {
  FineTuning,
  FineTuningJobs,
  type JobRef,
  type LegacyFineTuneParams,
  type LegacyFineTuneRef,
} from "./tasks/fine-tuning.js";
export {
  type BackgroundImageParams,
  type ImageEditParams,
  Images,
  type ImageVariationParams,
} from "./tasks/images.js";
export { type ModelRef, Models } from "./tasks/models.js";
export { Moderations } from "./tasks/moderations.js";
export type { OpenaiPage } from "./tasks/openai-pagers.js";
export { Responses } from "./tasks/responses.js";
export {
  Beta,
  type MessageRef,
  Messages,
  type RunRef,
  Runs,
  type ThreadRef,
  Threads,
} from "./tasks/threads.js";
export type { FileInput } from "./tasks/to-upload.js";
export { Uploads } from "./tasks/uploads.js";
export {
  VectorStoreFileBatches,
  VectorStoreFiles,
  type VectorStoreRef,
  VectorStores,
} from "./tasks/vector-stores.js";
export {
  OpenaiWebhookEndpoint,
  type OpenaiWebhookEndpointOptions,
  type OpenaiWebhookTriggerMethods,
} from "./webhooks/openai-webhook-endpoint.js";
export {
  OPENAI_WEBHOOK_EVENT_TYPES,
  type OpenaiWebhookEvent,
  type OpenaiWebhookEventName,
  type OpenaiWebhookEventOf,
  type OpenaiWebhookEventType,
} from "./webhooks/openai-webhook-event-types.js";
export {
  OPENAI_WEBHOOK_SECRET_ENV,
  openaiWebhookReceiver,
  openaiWebhookScheme,
} from "./webhooks/openai-webhook-receiver.js";
export { OpenaiWebhookTrigger } from "./webhooks/openai-webhook-trigger.js";
export { OpenaiWebhooks } from "./webhooks/openai-webhooks.js";
export { type ReceiveOpenaiWebhookOptions, receiveOpenaiWebhook } from "./webhooks/receive-openai-webhook.js";
