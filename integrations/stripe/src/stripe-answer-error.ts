/**
 * An answer that did not come from Stripe's API: a body that is not JSON (a proxy's or captive
 * portal's page, an outage page, a cut-off body). Raised inside the SDK's fetch, so the SDK
 * reports it as a connection error and the integration reads the status and page from here.
 */
export class StripeAnswerError extends Error {
  /** Machine-readable reason. */
  readonly code = "STRIPE_NOT_JSON";
  /** The HTTP status the answer came with. */
  readonly status: number;
  /** The body as received (summarised, never pasted, by the failure description). */
  readonly body: string;

  constructor(status: number, body: string) {
    super(`Stripe's address answered HTTP ${status} with a body that is not JSON`);
    this.name = "StripeAnswerError";
    this.status = status;
    this.body = body;
  }
}

/**
 * A request that got no answer, wrapping the fetch error without its socket `code`: the SDK
 * retries a reset connection once on its own even with retries off, and Trigger.dev's retries must
 * be the only ones.
 */
export class StripeRequestError extends Error {
  /** Machine-readable reason. */
  readonly code = "STRIPE_NO_ANSWER";

  constructor(url: string, cause: unknown) {
    super(`no answer came from ${new URL(url).host}`, { cause });
    this.name = "StripeRequestError";
  }
}
