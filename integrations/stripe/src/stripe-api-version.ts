/**
 * The Stripe API version every request asks for unless the `apiVersion` option says otherwise:
 * the version `stripe` 23.1.0's types describe. Sent explicitly, so a change of the account's
 * default version in the Stripe dashboard never changes what tasks receive.
 */
export const STRIPE_API_VERSION = "2026-10-28.endive";
