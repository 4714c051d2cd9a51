import type { ServiceFailure } from "./service-error.js";
import { isMarkup, summarizeBody } from "./summarize-body.js";

/**
 * The kit's rule for a route that answers JSON but got something else (a proxy's or captive
 * portal's HTML page, an outage page, a cut-off body): the answer did not come from the API, so
 * the call is retried, whatever the status, and the message quotes the page's title, not the page.
 */
export function describeNonJsonAnswer(status: number, body: string): ServiceFailure {
  const what = isMarkup(body) ? "an HTML page instead of JSON" : "a body that is not JSON";
  return {
    verdict: { kind: "transient" },
    status,
    message: `the service answered with ${what} ("${summarizeBody(body)}")`,
    hint: "A proxy, captive portal or outage page answered instead of the API; Trigger.dev retries. If it lasts, check the `baseUrl` option and the network.",
  };
}

/** Whether `text` parses as JSON: an answer that does not came from a proxy or portal, not the API. */
export function isJsonText(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}
