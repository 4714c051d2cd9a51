import { type HmacSignatureScheme, verifyWebhookSignature } from "@acme/integration-kit";
import type { BenchDelivery } from "../bench-case.js";

/**
 * The one place the bench calls the kit's webhook verification: a case's `scheme` goes in, a
 * verdict comes out. When the kit's receiver changes (packages/integration-kit/src/webhooks/),
 * repoint this file and nothing else.
 */
export function kitVerifier(scheme: unknown): (delivery: BenchDelivery) => Promise<boolean> {
  const hmacScheme = scheme as HmacSignatureScheme;
  return async ({ rawBody, headers, secret, now }) =>
    (await verifyWebhookSignature(hmacScheme, { rawBody, headers, secret, now })).ok;
}
