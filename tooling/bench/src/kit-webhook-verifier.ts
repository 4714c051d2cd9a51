import { type SignatureScheme, verifyWebhookSignature } from "@acme/integration-kit";
import type { BenchDelivery } from "../bench-case.js";

/**
 * The one place the bench calls the kit's webhook verification: a case's `scheme` goes in, a
 * verdict comes out. When the kit's receiver changes (packages/integration-kit/src/webhooks/),
 * repoint this file and nothing else.
 */
export function kitVerifier(scheme: unknown): (delivery: BenchDelivery) => Promise<boolean> {
  const signatureScheme = scheme as SignatureScheme;
  return async ({ rawBody, headers, secret, now }) =>
    (await verifyWebhookSignature(signatureScheme, { rawBody, headers, secret, now })).ok;
}
