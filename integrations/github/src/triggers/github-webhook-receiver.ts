import {
  githubSignatureScheme,
  parseJsonObject,
  receiveWebhook,
  type WebhookReceipt,
  type WebhookReceiver,
} from "@acme/integration-kit";

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

/** Options of {@link receiveGithubWebhook}. */
export interface ReceiveGithubWebhookOptions {
  /** The webhook's secret; without one, every delivery is refused (`500`). */
  readonly secret: string | undefined;
  /** The `id` of your GitHub integration, for messages (default `"github"`). */
  readonly integrationId?: string;
}

const CONTEXT_HEADERS = [
  "x-github-hook-id",
  "x-github-hook-installation-target-type",
  "x-github-hook-installation-target-id",
  "user-agent",
] as const;

const RESYNC =
  "re-register the trigger (redeploy, or refresh the endpoint in the Trigger.dev dashboard) so that GitHub and Trigger.dev share one secret, " +
  "or pass the webhook's secret to receiveGithubWebhook.";

/** GitHub's webhooks: HMAC of the body, `ping` answered, JSON or form-encoded payloads. */
export const githubWebhookReceiver: WebhookReceiver<GithubWebhookEvent> = {
  scheme: githubSignatureScheme,
  fixes: {
    "no-secret-configured": `Unsigned webhooks are never accepted: ${RESYNC}`,
    "missing-signature": `Set the webhook's secret in GitHub: ${RESYNC}`,
    "malformed-signature": "Only deliveries GitHub signed are accepted.",
    "signature-mismatch": `Either the body was changed on the way or the webhook in GitHub has another secret: ${RESYNC}`,
    "missing-header": "GitHub always sends it; this request did not come from GitHub.",
    "malformed-payload": 'Set the webhook\'s content type to "application/json" in GitHub.',
  },
  read(delivery) {
    const name = delivery.header("x-github-event");
    if (!name) return { refuse: "missing-header", problem: "the delivery has no X-GitHub-Event header." };
    const id = delivery.header("x-github-delivery");
    if (!id)
      return { refuse: "missing-header", problem: "the delivery has no X-GitHub-Delivery header (its event id)." };
    // A webhook created with the form content type sends `payload=<json>`.
    const { rawBody } = delivery;
    const json = rawBody.startsWith("payload=") ? (new URLSearchParams(rawBody).get("payload") ?? "") : rawBody;
    const payload = parseJsonObject(json);
    if (!payload) return { refuse: "malformed-payload", problem: "the body is not a JSON object." };
    // GitHub's hello after a webhook is created or edited: verified, answered, nothing to run.
    if (name === "ping") return { reply: { ok: true } };
    const context: Record<string, string> = {};
    for (const header of CONTEXT_HEADERS) {
      const value = delivery.header(header);
      if (value !== undefined) context[header] = value;
    }
    return { event: { id, name, source: "github.com", payload, context } };
  },
};

/**
 * Verifies a GitHub webhook delivery in any web framework (`X-Hub-Signature-256`, in constant
 * time) and reads it: `receipt.event` for a delivery to act on (before `tasks.trigger`, say), a
 * `ping` answered, or a refusal saying why without the secret. Return `receipt.response()` to
 * GitHub: a refusal's status (`401`, `500` without a secret) marks the delivery failed there, so it
 * can be redelivered once fixed.
 */
export function receiveGithubWebhook(
  request: Request,
  options: ReceiveGithubWebhookOptions,
): Promise<WebhookReceipt<GithubWebhookEvent>> {
  const origin = { service: { name: "GitHub" }, integrationId: options.integrationId ?? "github" };
  return receiveWebhook(githubWebhookReceiver, request, { secret: options.secret, origin });
}
