/**
 * The 27 flat aliases `@trigger.dev/openai` 2.3.19 declares (`io.openai.createChatCompletion`).
 * `trigger-dev-openai-compat.test-d.ts` checks at compile time that this is exactly their list;
 * the README test checks that our class and table name each one.
 */
export const THEIR_ALIASES = [
  "retrieveModel",
  "listModels",
  "deleteModel",
  "deleteFineTune",
  "createCompletion",
  "createChatCompletion",
  "backgroundCreateCompletion",
  "backgroundCreateChatCompletion",
  "createEdit",
  "generateImage",
  "createImage",
  "createImageEdit",
  "createImageVariation",
  "createEmbedding",
  "createFile",
  "listFiles",
  "createFineTuneFile",
  "createFineTune",
  "listFineTunes",
  "retrieveFineTune",
  "cancelFineTune",
  "listFineTuneEvents",
  "createFineTuningJob",
  "retrieveFineTuningJob",
  "cancelFineTuningJob",
  "listFineTuningJobEvents",
  "listFineTuningJobs",
] as const;
