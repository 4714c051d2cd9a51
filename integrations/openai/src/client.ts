export {
  type CatchErrorAnswer,
  type CatchErrorParams,
  catchServiceError,
  chainCatchError,
  ServiceError,
} from "@acme/integration-kit";
export { OpenaiClient, type OpenaiClientOptions } from "./openai-client.js";
