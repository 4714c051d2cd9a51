import {
  githubSignatureScheme,
  linearSignatureScheme,
  type SignatureScheme,
  slackSignatureScheme,
  standardWebhooksSignatureScheme,
  stripeSignatureScheme,
  svixSignatureScheme,
  verifyWebhookSignature,
} from "@acme/integration-kit";
import type { BenchDelivery, StockSchemeName } from "../bench-case.js";

/** Every stock scheme by its export name: a new one the kit exports fails to compile here until listed. */
const STOCK_SCHEMES: Record<StockSchemeName, SignatureScheme> = {
  githubSignatureScheme,
  linearSignatureScheme,
  slackSignatureScheme,
  standardWebhooksSignatureScheme,
  stripeSignatureScheme,
  svixSignatureScheme,
};

/**
 * The one place the bench calls the kit's webhook verification: a case names one of the kit's stock
 * schemes, a verdict comes out. When the kit's verifier changes, repoint this file and nothing else.
 */
export function kitVerifier(name: StockSchemeName): (delivery: BenchDelivery) => Promise<boolean> {
  const scheme = STOCK_SCHEMES[name];
  return async ({ rawBody, headers, secret, now }) =>
    (await verifyWebhookSignature(scheme, { rawBody, headers, secret, now })).ok;
}
