/** Slack's message timestamps: `<seconds>.<microseconds, 6 digits>`, unique within a channel. */
const TIMESTAMP = /^(\d+)(?:\.(\d{1,6}))?$/;

/** A timestamp (`1512085950.000216`, or whole seconds as `oldest`/`latest` allow) in microseconds. */
export function timestampValue(ts: string): number | undefined {
  const match = TIMESTAMP.exec(ts);
  if (!match) return undefined;
  return Number(match[1]) * 1_000_000 + Number((match[2] ?? "").padEnd(6, "0"));
}

/** The timestamp text of a value in microseconds. */
export const formatTimestamp = (micros: number) =>
  `${Math.floor(micros / 1_000_000)}.${String(micros % 1_000_000).padStart(6, "0")}`;

/** Hands out timestamps from the clock, strictly increasing even within one microsecond. */
export function timestampClock(): () => string {
  let last = 0;
  return () => {
    last = Math.max(Date.now() * 1000, last + 1);
    return formatTimestamp(last);
  };
}
