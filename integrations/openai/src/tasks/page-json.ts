/**
 * The JSON OpenAI answered for a list call, without the SDK's page object around it (which holds
 * the client and the raw response): `{ object: "list", data, first_id, last_id, has_more }`.
 */
export async function pageJson<T>(page: PromiseLike<unknown>): Promise<T> {
  const awaited = (await page) as { body?: unknown };
  return awaited.body as T;
}
