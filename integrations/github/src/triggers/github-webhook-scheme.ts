import type { HmacSignatureScheme } from "@acme/integration-kit";

/** How GitHub signs webhook deliveries: HMAC-SHA256 of the raw body in `X-Hub-Signature-256`. */
export const githubWebhookScheme: HmacSignatureScheme = {
  service: "GitHub",
  algorithm: "SHA-256",
  signatureHeader: "x-hub-signature-256",
  prefix: "sha256=",
  encoding: "hex",
};
