export {
  type CatchErrorAnswer,
  type CatchErrorParams,
  catchServiceError,
  chainCatchError,
  ServiceError,
} from "@acme/integration-kit";
export { GithubClient, type GithubClientOptions } from "./github-client.js";
