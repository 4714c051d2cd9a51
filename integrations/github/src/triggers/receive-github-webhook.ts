import {
  verifyWebhookSignature,
  type WebhookHeaders,
  type WebhookRejection,
  webhookHeader,
} from "@acme/integration-kit";
import { GithubWebhookError, type GithubWebhookRejection } from "./github-webhook-error.js";
import { githubWebhookScheme } from "./github-webhook-scheme.js";

/** One GitHub webhook delivery as it arrived. */
export interface GithubWebhookDelivery {
  /** The body exactly as received: the signature covers these bytes. */
  readonly rawBody: string;
  readonly headers: WebhookHeaders;
  /** The secret the webhook was registered with; without one, every delivery is refused. */
  readonly secret: string | undefined;
  /** The `id` option of the receiving integration, for messages. */
  readonly integrationId: string;
}

/** A verified delivery as a Trigger.dev event: id from `X-GitHub-Delivery`, name from `X-GitHub-Event`. */
export interface GithubWebhookEvent {
  /** The delivery's GUID: a redelivery of the same event keeps it, so Trigger.dev runs it once. */
  readonly id: string;
  /** The GitHub event name (`"issues"`). */
  readonly name: string;
  readonly source: "github.com";
  /** The parsed JSON payload. */
  readonly payload: Record<string, unknown>;
  /** Delivery headers jobs may want: hook id, installation target, GitHub's user agent. */
  readonly context: Record<string, string>;
}

/** The outcome of {@link receiveGithubWebhook}: an event, nothing to run (a `ping`), or why it was refused. */
export type GithubWebhookReceipt =
  | { readonly ok: true; readonly event: GithubWebhookEvent | undefined }
  | { readonly ok: false; readonly error: GithubWebhookError };

const CONTEXT_HEADERS = [
  "x-github-hook-id",
  "x-github-hook-installation-target-type",
  "x-github-hook-installation-target-id",
  "user-agent",
] as const;

const SIGNATURE_FAILURES: Record<WebhookRejection, { problem: string; fix: string }> = {
  "no-secret-configured": {
    problem: "no webhook secret is configured for this trigger, so no delivery can be verified.",
    fix:
      "Trigger.dev keeps one secret per trigger source and sets it on the webhook when it registers it: " +
      "re-register the trigger (redeploy or refresh the endpoint in the Trigger.dev dashboard) so that GitHub signs deliveries with it.",
  },
  "missing-signature": {
    problem: "the delivery has no X-Hub-Signature-256 header.",
    fix: "Unsigned deliveries are never accepted: set the webhook's secret in GitHub (re-registering the trigger does this).",
  },
  "malformed-signature": {
    problem: 'the X-Hub-Signature-256 header is not "sha256=<hex digest>".',
    fix: "Only deliveries signed by GitHub are accepted.",
  },
  "signature-mismatch": {
    problem: "the X-Hub-Signature-256 signature does not match the body.",
    fix:
      "Either the body was changed on the way or the webhook in GitHub has a different secret: " +
      "re-register the trigger so that GitHub and Trigger.dev share one secret.",
  },
  "missing-timestamp": { problem: "the delivery has no timestamp.", fix: "GitHub deliveries are not timestamped." },
  "stale-timestamp": { problem: "the delivery is too old.", fix: "GitHub deliveries are not timestamped." },
};

const headerOf = (headers: WebhookHeaders, name: string) => webhookHeader(headers, name)?.trim() || undefined;

/** GitHub sends JSON, or `payload=<json>` when a webhook was created with the form content type. */
function parsePayload(rawBody: string): Record<string, unknown> | undefined {
  const text = rawBody.startsWith("payload=") ? (new URLSearchParams(rawBody).get("payload") ?? "") : rawBody;
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === "object" && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Verifies a GitHub webhook delivery (`X-Hub-Signature-256`, with the kit's verifier) and turns it
 * into an event. Unsigned, wrongly signed and malformed deliveries are refused, and so is every
 * delivery when no secret is configured. Refusals never contain the secret or a signature.
 */
export async function receiveGithubWebhook(delivery: GithubWebhookDelivery): Promise<GithubWebhookReceipt> {
  const { rawBody, headers, secret, integrationId } = delivery;
  const refuse = (reason: GithubWebhookRejection, problem: string, fix: string): GithubWebhookReceipt => ({
    ok: false,
    error: new GithubWebhookError({ reason, integrationId, problem, fix }),
  });

  const verification = await verifyWebhookSignature(githubWebhookScheme, { rawBody, headers, secret });
  if (!verification.ok) {
    const { problem, fix } = SIGNATURE_FAILURES[verification.reason];
    return refuse(verification.reason, problem, fix);
  }
  const name = headerOf(headers, "x-github-event");
  if (!name) {
    return refuse("missing-event-header", "the delivery has no X-GitHub-Event header.", "GitHub always sends one.");
  }
  const id = headerOf(headers, "x-github-delivery");
  if (!id) {
    return refuse(
      "missing-delivery-header",
      "the delivery has no X-GitHub-Delivery header, so it has no event id.",
      "GitHub always sends one.",
    );
  }
  const payload = parsePayload(rawBody);
  if (!payload) {
    return refuse(
      "malformed-payload",
      "the body is not a JSON object.",
      'Set the webhook\'s content type to "application/json" in GitHub.',
    );
  }
  // GitHub's hello after a webhook is created or edited: verified, but nothing to run.
  if (name === "ping") return { ok: true, event: undefined };
  const context: Record<string, string> = {};
  for (const header of CONTEXT_HEADERS) {
    const value = headerOf(headers, header);
    if (value !== undefined) context[header] = value;
  }
  return { ok: true, event: { id, name, source: "github.com", payload, context } };
}
