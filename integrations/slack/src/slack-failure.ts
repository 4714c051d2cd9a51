import { describeNetworkFailure, describeNonJsonAnswer, isJsonText, type ServiceFailure } from "@acme/integration-kit";
import type { WebAPIPlatformError } from "@slack/web-api";
import { isWebApiError } from "./slack-web-api-errors.js";

/** When Slack says "rate limited" without saying for how long: its documented tier-1 window. */
const DEFAULT_RETRY_AFTER_SECONDS = 60;

/** Platform errors that say Slack itself failed: retried with the default backoff. */
const TRANSIENT_ERRORS = new Set(["internal_error", "fatal_error", "service_unavailable", "request_timeout"]);

/** How to fix the permanent errors people meet most, in their terms. */
const HINTS: Readonly<Record<string, string>> = {
  invalid_auth:
    "The token is not valid: check the `token` option (e.g. SLACK_TOKEN) or reconnect Slack in the Trigger.dev dashboard.",
  not_authed: "No token reached Slack: pass the `token` option or connect Slack OAuth in the Trigger.dev dashboard.",
  account_inactive:
    "The token belongs to a deactivated user or an uninstalled app: reinstall the app and use its new token.",
  token_revoked: "The token was revoked: reinstall the Slack app (or reconnect Slack) and use the new token.",
  token_expired: "The token expired: refresh it (token rotation) or reconnect Slack in the Trigger.dev dashboard.",
  no_permission: "The token's user or app may not do this here: ask a workspace admin, or use a token that may.",
  channel_not_found:
    "Check the `channel` argument: pass a channel ID such as C0123456789 (not a #name) that the app can see; invite the app to private channels.",
  not_in_channel:
    "Invite the app to the channel (/invite @your-app); postMessage joins public channels by itself, private ones need an invitation.",
  is_archived: "The channel is archived: unarchive it (conversations.unarchive) or use another channel.",
  method_not_supported_for_channel_type:
    "This method does not work on that kind of conversation (e.g. joining a private channel or a DM).",
  user_not_found: "Check the user ID (such as U0123456789).",
  users_not_found: "No such user in this workspace: check the user IDs or the email address.",
  message_not_found: "Check the `channel` and `ts` of the message: it may have been deleted.",
  thread_not_found: "Check `thread_ts`: pass the parent message's `ts`.",
  cant_update_message: "Only messages posted by this app (or this user token) can be edited.",
  cant_delete_message: "Only messages posted by this app (or this user token) can be deleted.",
  no_text: "Pass `text`, `blocks` or `attachments`.",
  msg_too_long: "Shorten the message text.",
  invalid_blocks: "The `blocks` are not valid Block Kit: check them in Slack's Block Kit Builder.",
  already_reacted: "That reaction is already on the message.",
  no_reaction: "That reaction is not on the message.",
  already_pinned: "The message is already pinned.",
  name_taken: "A channel with that name exists: choose another `name`.",
  invalid_name_specials: "Channel names may contain only lowercase letters, numbers, hyphens and underscores.",
  time_in_past: "`post_at` must be a Unix time (seconds) in the future.",
  time_too_far: "`post_at` may be at most 120 days ahead.",
  expired_trigger_id: "A `trigger_id` is valid for 3 seconds after the interaction: open the view sooner.",
  invalid_trigger_id: "Pass the `trigger_id` from the interaction payload.",
  restricted_action: "A workspace setting prevents this: ask a workspace admin.",
  invalid_cursor: "The cursor is stale or from another list: start again without `cursor`.",
};

/** A permanent platform error, with what to fix. */
function platformFailure(data: WebAPIPlatformError["data"]): ServiceFailure {
  const code = data.error;
  // Slack adds these to missing_scope; the SDK's result type does not declare them.
  const { needed: rawNeeded, provided: rawProvided } = data as { needed?: unknown; provided?: unknown };
  const needed = typeof rawNeeded === "string" ? rawNeeded : undefined;
  const provided = typeof rawProvided === "string" ? rawProvided : undefined;
  const messages = data.response_metadata?.messages ?? [];
  if (code === "missing_scope") {
    const scope = needed ?? "the scope this method needs";
    return {
      verdict: { kind: "permanent" },
      serviceCode: code,
      message: `the token lacks the ${scope} scope${provided ? ` (it has: ${provided})` : ""}`,
      hint: `Add the ${scope} scope to the Slack app (OAuth & Permissions), reinstall it, and use the new token.`,
      ...(needed ? { docsUrl: `https://docs.slack.dev/reference/scopes/${needed.split(",")[0]}` } : {}),
    };
  }
  const detail = messages.length > 0 ? `: ${messages.join("; ")}` : "";
  return {
    verdict: { kind: "permanent" },
    serviceCode: code,
    message: `Slack answered ${code}${detail}`,
    hint:
      HINTS[code] ??
      (code === "invalid_arguments" || code.startsWith("invalid_")
        ? "Fix the arguments named above."
        : `See Slack's documentation of the method for "${code}".`),
  };
}

/**
 * Reads a failed `WebClient` call: rate limits answer `retryAt`, Slack's own failures and network
 * errors are transient, everything else Slack rejects is permanent with a hint saying what to fix.
 * Undefined for errors that did not come from the client.
 */
export function describeSlackFailure(error: unknown, now: number = Date.now()): ServiceFailure | undefined {
  if (isWebApiError(error, "rateLimited")) {
    return {
      verdict: { kind: "rate-limited", retryAt: new Date(now + error.retryAfter * 1000) },
      status: 429,
      serviceCode: "ratelimited",
      message: `Slack's rate limit was reached (Retry-After: ${error.retryAfter} s)`,
    };
  }
  if (isWebApiError(error, "platform")) {
    // A 200 whose body is not Slack's JSON (a proxy page, a cut-off response) arrives as a platform
    // error whose "code" is that body: Slack's codes are snake_case. It says nothing about the
    // request, so it is retried.
    const raw: unknown = error.data?.error;
    if (typeof raw !== "string" || !/^[a-z][a-z0-9_]*$/.test(raw)) {
      return describeNonJsonAnswer(200, typeof raw === "string" ? raw : "");
    }
    const code = error.data.error;
    if (code === "ratelimited" || code === "rate_limited") {
      const seconds = error.data.response_metadata?.retryAfter ?? DEFAULT_RETRY_AFTER_SECONDS;
      return {
        verdict: { kind: "rate-limited", retryAt: new Date(now + seconds * 1000) },
        serviceCode: code,
        message: `Slack's rate limit was reached (retry after ${seconds} s)`,
      };
    }
    if (TRANSIENT_ERRORS.has(code)) {
      return { verdict: { kind: "transient" }, serviceCode: code, message: `Slack failed to answer (${code})` };
    }
    return platformFailure(error.data);
  }
  if (isWebApiError(error, "http")) {
    // 429 never arrives here: the WebClient turns it into WebAPIRateLimitedError (or the plain Error below).
    const status = error.statusCode;
    const body: unknown = error.body;
    if (typeof body === "string" && body.trim() !== "" && !isJsonText(body)) return describeNonJsonAnswer(status, body);
    const transient = status >= 500 || status === 408;
    return {
      verdict: transient ? { kind: "transient" } : { kind: "permanent" },
      status,
      message: `Slack answered HTTP ${status} ${error.statusMessage}`.trim(),
      ...(transient ? {} : { hint: "Check the `baseUrl` option: it must be the Web API root ending in /api/." }),
    };
  }
  if (isWebApiError(error, "request")) {
    return (
      describeNetworkFailure(error) ?? {
        verdict: { kind: "transient" },
        message: `no answer came from Slack: ${error.original.message}`,
        hint: "Check the `baseUrl` option and that the network can reach it; Trigger.dev retries.",
      }
    );
  }
  if (isWebApiError(error, "uploadArguments") || isWebApiError(error, "uploadReadFile")) {
    return {
      verdict: { kind: "permanent" },
      message: error.message,
      hint: "Pass `file` or `content`, and a `filename`.",
    };
  }
  // WebClient rejects a 429 that has no usable Retry-After with a plain Error.
  if (error instanceof Error && /^Retry header did not contain a valid timeout/.test(error.message)) {
    return {
      verdict: { kind: "rate-limited", retryAt: new Date(now + DEFAULT_RETRY_AFTER_SECONDS * 1000) },
      status: 429,
      message: "Slack's rate limit was reached (no usable Retry-After)",
    };
  }
  return undefined;
}
