import { type ErrorOrigin, TokenUndefinedError } from "@acme/integration-kit";

/**
 * The `apiKey` option was given but is empty: almost always an unset `STRIPE_SECRET_KEY`. A
 * {@link TokenUndefinedError} (code `TOKEN_UNDEFINED`) that names the option Stripe users write.
 */
export class StripeKeyUndefinedError extends TokenUndefinedError {
  constructor(origin: ErrorOrigin & { service: { name: string; tokenEnv: string } }) {
    super(origin);
    this.message =
      `Can't create Stripe integration (${origin.integrationId}) as apiKey was undefined. ` +
      `The \`apiKey\` option was given but is empty, usually because an environment variable such as ${origin.service.tokenEnv} is not set. ` +
      "Set it to a secret (sk_...) or restricted (rk_...) key from the Stripe dashboard.";
  }
}
