export type { ForcedFailure } from "./forced-failure.js";
export type { SlackMessageMetadata, StoredMessage } from "./message-store.js";
export type { SlackMethod } from "./slack-api-description.js";
export { loadSlackApiDescription } from "./slack-api-description.js";
export {
  type SlackEventsRequestOptions,
  slackEventCallback,
  slackEventsRequest,
  slackRequestSignature,
} from "./slack-events-request.js";
export {
  type SlackStandIn,
  type SlackStandInOptions,
  type StandInRequest,
  startSlackStandIn,
} from "./slack-stand-in.js";
