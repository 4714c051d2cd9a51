export { type Clock, createVirtualClock, systemClock, type VirtualClock } from "./clock.js";
export {
  deliverHttpEndpointRequest,
  type HttpEndpointDelivery,
  type HttpEndpointRequestOptions,
  type StoredHttpRequest,
} from "./deliver-http-endpoint.js";
export { RunHarnessError } from "./errors.js";
export {
  type FakeService,
  type FakeServiceAnswer,
  type FakeServiceOptions,
  type FakeServiceRequest,
  type FakeServiceResponse,
  FakeServiceRouteError,
  startFakeService,
} from "./fake-service.js";
export { type FormatTimelineOptions, formatDuration, formatTimeline } from "./format-timeline.js";
export {
  type DeliveredEvent,
  type HttpSourceHarness,
  type RegisterSourceOptions,
  type SourceResponse,
  type SourceState,
  startHttpSourceHarness,
  type WebhookDeliveryResult,
  type WebhookRequest,
} from "./http-source-harness.js";
export { type EventRule, matchesEventFilter, matchesEventRule } from "./match-event-rule.js";
export {
  type CachedTask,
  type RunApiService,
  type RunApiStandIn,
  type RunApiStandInOptions,
  type SentEvent,
  startRunApiStandIn,
  type UnknownRequest,
} from "./run-api-stand-in.js";
export {
  type ConnectionAuth,
  type RunHarness,
  type RunHarnessOptions,
  type RunJobOptions,
  startRunHarness,
  type TriggerClientLike,
} from "./run-harness.js";
export type {
  DisplayProperty,
  ErrorRecord,
  RunResult,
  RunStatus,
  TaskAttempt,
  TaskRecord,
  TaskStatus,
} from "./run-result.js";
export { SourceRegistrationError } from "./source-registration-error.js";
export {
  type ClientIndex,
  type IndexedHttpEndpoint,
  type IndexedJob,
  type IndexedSource,
  indexClient,
} from "./trigger-protocol.js";
