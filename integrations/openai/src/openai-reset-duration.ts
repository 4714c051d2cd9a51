const UNITS: Record<string, number> = { ms: 1, s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/**
 * Milliseconds in one of OpenAI's reset durations (`x-ratelimit-reset-requests: 6m0s`,
 * `x-ratelimit-reset-tokens: 12ms`, `1h30m`, `0.5s`, or plain seconds such as `20`); undefined
 * when the text is not one.
 */
export function parseResetDuration(text: string | null | undefined): number | undefined {
  const value = text?.trim();
  if (!value) return undefined;
  if (/^\d+(\.\d+)?$/.test(value)) return Number(value) * 1_000;
  if (!/^(\d+(\.\d+)?(ms|d|h|m|s))+$/.test(value)) return undefined;
  let total = 0;
  for (const [, amount, unit] of value.matchAll(/(\d+(?:\.\d+)?)(ms|d|h|m|s)/g)) {
    total += Number(amount) * (UNITS[unit as string] ?? 0);
  }
  return Math.round(total);
}
