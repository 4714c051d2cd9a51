import { isJsonText } from "@acme/integration-kit";
import { StripeAnswerError, StripeRequestError } from "./stripe-answer-error.js";

/** What {@link stripeFetch} sends through. */
export interface StripeFetchOptions {
  /** API root replacing `https://api.stripe.com` (its path prefix kept), or undefined for Stripe itself. */
  readonly baseUrl: string | undefined;
  /** The fetch to send with (the global one by default). */
  readonly fetch: typeof fetch | undefined;
}

/**
 * The fetch the SDK sends with: to `baseUrl` when one is set, failing with
 * {@link StripeAnswerError} on an answer that is not JSON (whatever its status: it did not come
 * from Stripe's API), and with {@link StripeRequestError} when no answer came.
 */
export function stripeFetch(options: StripeFetchOptions): typeof fetch {
  const base = options.baseUrl?.replace(/\/+$/, "");
  return async (input, init) => {
    const sent = new URL(input instanceof Request ? input.url : String(input));
    const url = base ? `${base}${sent.pathname}${sent.search}` : sent.toString();
    const send = options.fetch ?? globalThis.fetch;
    let response: Response;
    let text: string;
    try {
      response = await send(url, init);
      text = await response.text();
    } catch (error) {
      // The SDK reads its own timeout from the abort: pass that through untouched.
      if (init?.signal?.aborted) throw error;
      throw new StripeRequestError(url, error);
    }
    if (!isJsonText(text)) throw new StripeAnswerError(response.status, text);
    return new Response(text, { status: response.status, statusText: response.statusText, headers: response.headers });
  };
}
