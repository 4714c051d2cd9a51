export type { CompatPostMessageParams, CompatResponse } from "./compat-types.js";
export { parseSlackEventsRequest } from "./events/parse-slack-events-request.js";
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
export {
  type HttpEndpointClient,
  type SdkHttpEndpoint,
  SLACK_SIGNING_SECRET_ENV,
  SlackEventsEndpoint,
  type SlackEventsEndpointOptions,
  type SlackRequestVerification,
} from "./events/slack-events-endpoint.js";
export { SlackEventsError, type SlackEventsErrorReason } from "./events/slack-events-error.js";
export { SLACK_REPLAY_WINDOW_SECONDS, slackSignatureScheme } from "./events/slack-signature-scheme.js";
export { Slack } from "./slack.js";
export { describeSlackFailure } from "./slack-failure.js";
export type { RunSlackTask, SlackOptions } from "./slack-options.js";
export { Auth } from "./tasks/auth.js";
export { Chat } from "./tasks/chat.js";
export { Conversations } from "./tasks/conversations.js";
export { Files, type FilesUploadV2Response } from "./tasks/files.js";
export type { PageBound } from "./tasks/pagination.js";
export { Pins } from "./tasks/pins.js";
export { Reactions } from "./tasks/reactions.js";
export { SlackNamespace } from "./tasks/slack-namespace.js";
export type { SlackArgs, SlackTask } from "./tasks/task-definition.js";
export { Users } from "./tasks/users.js";
export { Views } from "./tasks/views.js";
