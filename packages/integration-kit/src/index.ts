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
export { withDeadline } from "./deadline.js";
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
export { HttpResponseError, JsonHttpClient, type JsonHttpClientOptions } from "./http-client.js";
export { describeHttpFailure } from "./http-failure.js";
export { Integration, type TaskCallback } from "./integration.js";
export type { JsonValue } from "./json.js";
export { describeNetworkFailure, isTimeoutError } from "./network-failure.js";
export { describeNonJsonAnswer, isJsonText } from "./non-json-answer.js";
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
// Trigger.dev v2's job and trigger shapes, owned here so no package's types import @trigger.dev/sdk.
export type * from "./v2-api/index.js";
export { type EndpointDeclaration, resolveEndpointSettings } from "./webhooks/endpoint-settings.js";
export { EndpointTrigger, type EndpointTriggerSpec } from "./webhooks/endpoint-trigger.js";
export { eventReceivedAt, type GuardedRunContext, guardJobRun, type RunGuard } from "./webhooks/guard-job-run.js";
export {
  HttpWebhookSource,
  type HttpWebhookSourceOptions,
  SOURCE_KEY_CONTEXT,
  type SourceEvent,
  type SourceIntegration,
  type SourceProperty,
} from "./webhooks/http-webhook-source.js";
export {
  type FieldKind,
  kindOf,
  parseJsonObject,
  payloadProblem,
  type RequiredFields,
  readJsonEvent,
} from "./webhooks/payload-fields.js";
export {
  checkWebhookRequest,
  type ReceiveWebhookOptions,
  receiveWebhook,
  type WebhookCheck,
} from "./webhooks/receive-webhook.js";
export {
  type RegisteredWebhookSource,
  registerWebhookSource,
  type ServiceHook,
  type WebhookHooks,
  type WebhookRegistrationEvent,
} from "./webhooks/register-webhook-source.js";
export { signWebhook, type WebhookSigning } from "./webhooks/sign-webhook.js";
export type { SignatureLocation, SignatureScheme, TimestampLocation } from "./webhooks/signature-scheme.js";
export {
  resolveSigningSecret,
  type SigningSecretSource,
  SigningSecretUndefinedError,
} from "./webhooks/signing-secret.js";
export { type SourceTriggerEvent, slugifyId, sourceTrigger } from "./webhooks/source-trigger.js";
export {
  githubSignatureScheme,
  linearSignatureScheme,
  slackSignatureScheme,
  standardWebhooksSignatureScheme,
  stripeSignatureScheme,
  svixSignatureScheme,
} from "./webhooks/stock-schemes.js";
export {
  type InstalledTriggerSdk,
  installedTriggerSdk,
  requireV2JobApi,
  V2JobApiRequiredError,
} from "./webhooks/v2-job-api.js";
export {
  type HttpEndpointRequest,
  type HttpEndpointRequestCheck,
  type HttpEndpointVerification,
  verifyHttpEndpointRequest,
} from "./webhooks/verify-http-endpoint-request.js";
export {
  verifyWebhookSignature,
  type WebhookDelivery,
  type WebhookVerification,
} from "./webhooks/verify-webhook-signature.js";
export {
  type HttpEndpointClient,
  type SdkHttpEndpoint,
  WebhookEndpoint,
  type WebhookEndpointOptions,
} from "./webhooks/webhook-endpoint.js";
export { type WebhookHeaders, webhookHeader } from "./webhooks/webhook-headers.js";
export type { WebhookAnswer, WebhookReceipt } from "./webhooks/webhook-receipt.js";
export type { VerifiedDelivery, WebhookReading, WebhookReceiver } from "./webhooks/webhook-receiver.js";
export { WebhookRejectedError, type WebhookRejection } from "./webhooks/webhook-rejected-error.js";
export {
  type SignatureRejectionReason,
  WEBHOOK_REJECTION_STATUS,
  type WebhookRejectionBody,
  type WebhookRejectionReason,
} from "./webhooks/webhook-rejection.js";
