export type { ForcedFailure } from "./forced-failure.js";
export type { StoredObject } from "./object-store.js";
export { loadOpenaiApiDescription, type OpenaiApiDescription, type Operation } from "./openai-api-description.js";
export {
  type OpenaiStandIn,
  type OpenaiStandInOptions,
  type StandInRequest,
  startOpenaiStandIn,
} from "./openai-stand-in.js";
