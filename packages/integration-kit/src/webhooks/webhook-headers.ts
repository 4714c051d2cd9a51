/** Request headers as frameworks hand them over: a Fetch `Headers`, or Node's record of strings and arrays. */
export type WebhookHeaders = Headers | Readonly<Record<string, string | readonly string[] | undefined>>;

/** One request header by name, whatever the case and however the framework handed headers over. */
export function webhookHeader(headers: WebhookHeaders, name: string): string | undefined {
  if (typeof Headers !== "undefined" && headers instanceof Headers) return headers.get(name) ?? undefined;
  const record = headers as Readonly<Record<string, string | readonly string[] | undefined>>;
  let value = record[name];
  if (value === undefined) {
    const lower = name.toLowerCase();
    const key = Object.keys(record).find((candidate) => candidate.toLowerCase() === lower);
    value = key === undefined ? undefined : record[key];
  }
  return Array.isArray(value) ? value[0] : (value as string | undefined);
}
