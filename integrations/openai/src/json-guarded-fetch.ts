import { HttpResponseError, isJsonText } from "@acme/integration-kit";

/**
 * The fetch the SDK sends with, guarded: a success whose body is an HTML page (a captive portal,
 * a proxy) or claims JSON but does not parse (cut off) fails as the kit's unreadable answer,
 * retried, instead of reaching a task's output as a string or a parser's stack trace. Binary
 * answers (speech, file content) pass untouched.
 */
export function jsonGuardedFetch(inner: typeof fetch = globalThis.fetch): typeof fetch {
  return async (input, init) => {
    const response = await inner(input, init);
    if (!response.ok) return response;
    const type = response.headers.get("content-type") ?? "";
    const json = /json/i.test(type);
    if (!json && !/^text\/html/i.test(type)) return response;
    const text = await response.text();
    const headers = Object.fromEntries([...response.headers].map(([name, value]) => [name.toLowerCase(), value]));
    if (json && (text.trim() === "" || isJsonText(text))) {
      return new Response(text, {
        status: response.status,
        statusText: response.statusText,
        headers: response.headers,
      });
    }
    throw new HttpResponseError(response.status, headers, text, true);
  };
}
