export type { CompatPostMessageParams, CompatResponse } from "./compat-types.js";
export { type SlackEventFilter, type SlackEventPayload, SlackEventTrigger } from "./events/slack-event-trigger.js";
export type {
  SlackAppRateLimited,
  SlackEventAuthorization,
  SlackEventEnvelope,
  SlackEventOf,
  SlackEventsApiRequest,
  SlackEventType,
  SlackUrlVerification,
} from "./events/slack-event-types.js";
export { SlackEvents } from "./events/slack-events.js";
export { SlackEventsEndpoint, type SlackEventsEndpointOptions } from "./events/slack-events-endpoint.js";
export {
  parseSlackEventsRequest,
  type ReceiveSlackEventOptions,
  receiveSlackEvent,
  SLACK_SIGNING_SECRET_ENV,
  type SlackEventsDelivery,
  slackEventsReceiver,
} from "./events/slack-events-receiver.js";
export { Slack } from "./slack.js";
export type { SlackOptions } from "./slack-options.js";
export type { FilesUploadV2Response } from "./tasks/files.js";
