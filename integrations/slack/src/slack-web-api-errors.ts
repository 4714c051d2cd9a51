import type { WebAPIHTTPError, WebAPIPlatformError, WebAPIRateLimitedError, WebAPIRequestError } from "@slack/web-api";

/**
 * The `code` of each error the `WebClient` throws (its `ErrorCode` enum). Read by value, so the
 * package root never loads `@slack/web-api` just to test `instanceof`.
 */
const CODES = {
  platform: "slack_webapi_platform_error",
  rateLimited: "slack_webapi_rate_limited_error",
  http: "slack_webapi_http_error",
  request: "slack_webapi_request_error",
  uploadArguments: "slack_webapi_file_upload_invalid_args_error",
  uploadReadFile: "slack_webapi_file_upload_read_file_data_error",
} as const;

/** The `WebClient` error kinds, by the SDK class each `code` belongs to. */
interface WebApiErrors {
  platform: WebAPIPlatformError;
  rateLimited: WebAPIRateLimitedError;
  http: WebAPIHTTPError;
  request: WebAPIRequestError;
  uploadArguments: Error;
  uploadReadFile: Error;
}

/** Whether `error` is the `WebClient`'s error of this kind (what `instanceof` would say, without the SDK). */
export function isWebApiError<K extends keyof WebApiErrors>(error: unknown, kind: K): error is WebApiErrors[K] {
  return error instanceof Error && (error as { code?: unknown }).code === CODES[kind];
}

/** Slack's own error code (`not_in_channel`) of a call Slack answered `ok: false`, else undefined. */
export function slackErrorCode(error: unknown): string | undefined {
  if (!isWebApiError(error, "platform")) return undefined;
  const code: unknown = error.data?.error;
  return typeof code === "string" ? code : undefined;
}
