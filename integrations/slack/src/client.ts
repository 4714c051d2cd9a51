export {
  type CatchErrorAnswer,
  type CatchErrorParams,
  catchServiceError,
  chainCatchError,
  ServiceError,
} from "@acme/integration-kit";
export { SlackClient, type SlackClientOptions } from "./slack-client.js";
