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
export type { Auth } from "./tasks/auth.js";
export type { Chat } from "./tasks/chat.js";
export type { Conversations } from "./tasks/conversations.js";
export type { Files, FilesUploadV2Response } from "./tasks/files.js";
export type { Pins } from "./tasks/pins.js";
export type { Reactions } from "./tasks/reactions.js";
export type { Users } from "./tasks/users.js";
export type { Views } from "./tasks/views.js";
