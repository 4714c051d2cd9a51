import type { LoadResult } from "./load-entry.js";
import { V4_RUN_MARKER } from "./v4-run-probe-source.js";

/** One attempt as `TaskExecutor` reported it (its error cut to name and message). */
export interface V4RunAttempt {
  readonly ok: boolean;
  readonly output?: unknown;
  readonly error?: { readonly name?: string; readonly message?: string };
  /** The executor's retry decision: when the next attempt runs. */
  readonly retry?: { readonly timestamp: number; readonly delay: number };
  readonly skippedRetrying?: boolean;
  /** When the attempt ended (ms since epoch). */
  readonly endedAt: number;
}

/** A task's run: its attempts, the next started at once when the executor asked for a retry. */
export interface V4RunTask {
  /** When the first attempt started (ms since epoch). */
  readonly startedAt: number;
  readonly attempts: readonly V4RunAttempt[];
}

/** Where one service's token went. */
export interface V4RunToken {
  /** The loopback server received it: the canary was live. */
  readonly sent: boolean;
  readonly inResults: boolean;
  readonly inTelemetry: boolean;
}

/** The facts `v4-run-probe.mjs` prints after its marker. */
export interface V4RunReport {
  readonly node: string;
  /** The `x-ratelimit-reset` GitHub answered, in seconds since epoch. */
  readonly reset: number;
  /** The `Retry-After` Slack answered, in seconds. */
  readonly retryAfter: number;
  readonly github: V4RunTask;
  readonly slack: V4RunTask;
  readonly tokens: Readonly<Record<"github" | "slack", V4RunToken>>;
  /** How many OTLP exports the runtime sent (the telemetry the token was looked for in). */
  readonly telemetryExports: number;
}

/** The report in the probe's output, or undefined when it printed none (it crashed first). */
export function parseV4RunReport(output: string): V4RunReport | undefined {
  const line = output.split("\n").find((text) => text.startsWith(`${V4_RUN_MARKER} `));
  return line ? (JSON.parse(line.slice(V4_RUN_MARKER.length + 1)) as V4RunReport) : undefined;
}

/** What went wrong with a retry, or undefined when attempt 1 failed, was retried and attempt 2 succeeded. */
function retriedThenOk(service: string, run: V4RunTask): string | undefined {
  const [first, second] = run.attempts;
  if (!first || first.ok) return `${service}: attempt 1 did not fail on the rate limit`;
  if (!first.retry) {
    return `${service}: no retry (skippedRetrying ${first.skippedRetrying === true}): ${first.error?.message ?? "no error"}`;
  }
  return second?.ok ? undefined : `${service}: the retry failed: ${second?.error?.message ?? "it never ran"}`;
}

/**
 * Judges a report: GitHub's primary rate limit is retried at exactly `x-ratelimit-reset` (seconds,
 * so the kit's time is `reset * 1000`), Slack's 429 `Retry-After` seconds after the call (between
 * the attempt's start and end), each retry succeeds, and each token reached the server but no
 * result, error or telemetry export.
 */
export function v4RunVerdict(report: V4RunReport): LoadResult {
  const problems: string[] = [];
  const github = report.github.attempts[0]?.retry?.timestamp;
  const resetMs = report.reset * 1000;
  if (github !== undefined && github !== resetMs) {
    problems.push(
      `GitHub: retry.timestamp ${github} is not x-ratelimit-reset ${resetMs} (off by ${github - resetMs} ms)`,
    );
  }
  const slack = report.slack.attempts[0];
  const slackAt = slack?.retry?.timestamp;
  const [earliest, latest] = [report.slack.startedAt, slack?.endedAt ?? 0].map((at) => at + report.retryAfter * 1000);
  if (slackAt !== undefined && !(slackAt >= (earliest as number) && slackAt <= (latest as number))) {
    problems.push(`Slack: retry.timestamp ${slackAt} is outside Retry-After's [${earliest}, ${latest}]`);
  }
  for (const [service, run] of [
    ["GitHub", report.github],
    ["Slack", report.slack],
  ] as const) {
    const problem = retriedThenOk(service, run);
    if (problem) problems.push(problem);
  }
  for (const [service, token] of Object.entries(report.tokens)) {
    if (!token.sent) problems.push(`${service} token never reached the server`);
    if (token.inResults) problems.push(`${service} token leaked into a result or error`);
    if (token.inTelemetry) problems.push(`${service} token leaked into telemetry`);
  }
  if (report.telemetryExports === 0) problems.push("no telemetry was exported to look for the tokens in");
  if (problems.length > 0) return { ok: false, detail: problems.join("; ") };
  const slackIn = (((slackAt as number) - report.slack.startedAt) / 1000).toFixed(2);
  return {
    ok: true,
    detail:
      `GitHub 403 → retry.timestamp = x-ratelimit-reset × 1000 (${resetMs}); ` +
      `Slack 429 → retry ${slackIn} s after the run began (Retry-After ${report.retryAfter}); both attempts 2 ok; ` +
      `tokens sent, in no result, error or ${report.telemetryExports} telemetry exports`,
  };
}
