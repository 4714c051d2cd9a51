export {
  type CatchErrorAnswer,
  type CatchErrorParams,
  type CatchErrorResult,
  type CatchErrorRetryPolicy,
  catchServiceError,
  serviceVerdictOf,
} from "./client/catch-service-error.js";
export { chainCatchError } from "./client/chain-catch-error.js";
export {
  type ClientAliases,
  type ClientGroupClasses,
  ServiceClient,
  type ServiceClientClass,
  type ServiceClientDefinition,
  serviceClient,
  type TaskPath,
} from "./client/service-client.js";
export type { ClientSettings, ServiceClientOptions, TokenSource } from "./client/service-client-options.js";
export {
  type ErrorOrigin,
  IntegrationError,
  type IntegrationErrorCode,
  InvalidOptionsError,
  MissingCredentialError,
  TaskOutsideRunError,
  TokenUndefinedError,
} from "./errors.js";
export {
  answerFailure,
  type FailureAnswer,
  type FailureVerdict,
  MAX_RATE_LIMITED_ATTEMPTS,
  MIN_RETRY_DELAY_MS,
  withRetryFloor,
} from "./failure-policy.js";
export { eventReceivedAt, type GuardedRunContext, guardJobRun, type RunGuard } from "./guard-job-run.js";
export { HttpResponseError, JsonHttpClient, type JsonHttpClientOptions } from "./http-client.js";
export { describeHttpFailure } from "./http-failure.js";
export { Integration, type TaskCallback } from "./integration.js";
export type { JsonValue } from "./json.js";
export { describeNetworkFailure, isTimeoutError } from "./network-failure.js";
export { describeNonJsonAnswer } from "./non-json-answer.js";
export type { PageLimit } from "./page-limit.js";
export { retryAtFromEpochSeconds, retryAtFromHeaders, retryAtFromRetryAfter } from "./rate-limit-headers.js";
export { type ErrorBodyReading, readErrorBody } from "./read-error-body.js";
export { REDACTED, redactError, redactOutput, redactText } from "./redact.js";
export { type LogLevelName, redactingLogger, type VendorLogger } from "./redacting-logger.js";
export { ServiceError, type ServiceFailure } from "./service-error.js";
export { DEFAULT_TIMEOUT_MS, type IntegrationOptions, type ServiceInfo } from "./service-info.js";
export { isStoredHttpRequest, type StoredHttpRequest } from "./stored-http-request.js";
export { isMarkup, summarizeBody } from "./summarize-body.js";
export { TaskInputError } from "./task-input-error.js";
export { callRunner } from "./tasks/call-runner.js";
export type { TaskEngine } from "./tasks/execute-task.js";
export { findInPages } from "./tasks/find-in-pages.js";
export {
  bodyCursorPager,
  type GraphqlConnection,
  graphqlPager,
  type HeadedResponse,
  linkHeaderPager,
  type PageRead,
  type Pager,
  pageNumberPager,
  startingAfterPager,
} from "./tasks/pager.js";
export { describeSideEffect, type EarlierResultCheck, type SideEffect } from "./tasks/side-effect.js";
export type {
  CallOptions,
  DeclaredTask,
  ListDeclaration,
  ListOptions,
  TaskCallContext,
  TaskDeclaration,
  TaskProperty,
  TaskSpec,
} from "./tasks/task-declaration.js";
export {
  declaredTasks,
  type IntegrationTask,
  type ListTask,
  specOf,
  type Task,
  TaskGroup,
  tasksOf,
} from "./tasks/task-group.js";
export type { RunMode, TaskRunner } from "./tasks/task-runner.js";
export {
  type HttpEndpointRejection,
  type HttpEndpointRequest,
  type HttpEndpointRequestCheck,
  type HttpEndpointVerification,
  verifyHttpEndpointRequest,
} from "./verify-http-endpoint-request.js";
export { WebhookRejectedError } from "./webhook-rejected-error.js";
export {
  type HmacSignatureScheme,
  signWebhook,
  verifyWebhookSignature,
  type WebhookDelivery,
  type WebhookHeaders,
  type WebhookRejection,
  type WebhookVerification,
  webhookHeader,
} from "./webhook-signature.js";
