import type { HmacSignatureScheme } from "@acme/integration-kit";

/** How old (or how far in the future) a signed Slack request may be: Slack's recommended 5 minutes. */
export const SLACK_REPLAY_WINDOW_SECONDS = 300;

/**
 * Slack's request signing, version `v0`: `X-Slack-Signature: v0=<hex HMAC-SHA256>` over
 * `v0:<X-Slack-Request-Timestamp>:<raw body>`, keyed with the app's signing secret.
 */
export const slackSignatureScheme: HmacSignatureScheme = {
  service: "Slack",
  algorithm: "SHA-256",
  signatureHeader: "x-slack-signature",
  prefix: "v0=",
  encoding: "hex",
  timestamp: {
    header: "x-slack-request-timestamp",
    toleranceSeconds: SLACK_REPLAY_WINDOW_SECONDS,
    signedText: (timestamp, body) => `v0:${timestamp}:${body}`,
  },
};
