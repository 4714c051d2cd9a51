import { describe, expect, it } from "vitest";
import { V4_RUN_MARKER } from "../src/v4-run-probe-source.js";
import { parseV4RunReport, type V4RunReport, v4RunVerdict } from "../src/v4-run-verdict.js";

const reset = 1_800_000_000;
const started = 1_799_996_400_000;
const rateLimited = (timestamp: number, endedAt: number) => ({
  ok: false,
  error: { name: "ServiceError", message: "GitHub integration (github): rate limited" },
  retry: { timestamp, delay: timestamp - endedAt },
  skippedRetrying: false,
  endedAt,
});
const unused = { sent: true, inResults: false, inTelemetry: false };
/** A report as a passing run prints it. */
const good: V4RunReport = {
  node: "20.0.0",
  reset,
  retryAfter: 30,
  github: {
    startedAt: started,
    attempts: [
      rateLimited(reset * 1000, started + 300),
      { ok: true, output: { title: "Probe" }, endedAt: started + 400 },
    ],
  },
  slack: {
    startedAt: started + 400,
    attempts: [
      rateLimited(started + 400 + 30_150, started + 600),
      { ok: true, output: { id: "C0" }, endedAt: started + 700 },
    ],
  },
  tokens: { github: unused, slack: unused },
  telemetryExports: 20,
};
const withGithubRetryAt = (timestamp: number): V4RunReport => ({
  ...good,
  github: { ...good.github, attempts: [rateLimited(timestamp, started + 300), ...good.github.attempts.slice(1)] },
});

describe("parseV4RunReport", () => {
  it("reads the report after the marker among other output, and nothing when the probe printed none", () => {
    const output = `(node:1) Warning: something\n${V4_RUN_MARKER} ${JSON.stringify(good)}\n`;
    expect(parseV4RunReport(output)).toEqual(good);
    expect(parseV4RunReport("SyntaxError: Unexpected token")).toBeUndefined();
  });
});

describe("v4RunVerdict", () => {
  it("passes a run retried at x-ratelimit-reset and after Retry-After, with no token anywhere", () => {
    const verdict = v4RunVerdict(good);
    expect(verdict.ok).toBe(true);
    expect(verdict.detail).toContain(`x-ratelimit-reset × 1000 (${reset * 1000})`);
    expect(verdict.detail).toContain("retry 30.15 s after the run began (Retry-After 30)");
  });

  it("fails a GitHub retry even a second away from the reset, saying by how much", () => {
    expect(v4RunVerdict(withGithubRetryAt(reset * 1000 + 1000))).toEqual({
      ok: false,
      detail: `GitHub: retry.timestamp ${reset * 1000 + 1000} is not x-ratelimit-reset ${reset * 1000} (off by 1000 ms)`,
    });
  });

  it("fails the task's own backoff in place of the reset, and a rate limit that was not retried", () => {
    expect(v4RunVerdict(withGithubRetryAt(started + 1300)).detail).toMatch(/^GitHub: .* \(off by -\d+ ms\)$/);
    const skipped = {
      ...good,
      github: { ...good.github, attempts: [{ ok: false, skippedRetrying: true, endedAt: 0 }] },
    };
    expect(v4RunVerdict(skipped).detail).toBe("GitHub: no retry (skippedRetrying true): no error");
  });

  it("fails a Slack retry sooner than Retry-After, and a retry that did not succeed", () => {
    const early = {
      ...good,
      slack: { ...good.slack, attempts: [rateLimited(started + 1400, started + 600), ...good.slack.attempts.slice(1)] },
    };
    expect(v4RunVerdict(early).detail).toMatch(/^Slack: retry\.timestamp \d+ is outside Retry-After's \[\d+, \d+\]$/);
    const retryFailed = { ...good, slack: { ...good.slack, attempts: good.slack.attempts.slice(0, 1) } };
    expect(v4RunVerdict(retryFailed).detail).toBe("Slack: the retry failed: it never ran");
  });

  it("fails a leaked token, a token that never reached the server, and a run with no telemetry to search", () => {
    const leaked = {
      ...good,
      tokens: { github: { ...unused, inTelemetry: true }, slack: { ...unused, sent: false, inResults: true } },
      telemetryExports: 0,
    };
    expect(v4RunVerdict(leaked)).toEqual({
      ok: false,
      detail:
        "github token leaked into telemetry; slack token never reached the server; slack token leaked into a result or error; no telemetry was exported to look for the tokens in",
    });
  });
});
