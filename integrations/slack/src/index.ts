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
export type { SlackOptions } from "./slack-options.js";
export type { FilesUploadV2Response } from "./tasks/files.js";
