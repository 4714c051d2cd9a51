import { describe, expect, it } from "vitest";
import { formatDuration, formatTimeline, type RunResult, type TaskRecord } from "../src/index.js";

const start = Date.UTC(2026, 0, 1, 12, 0, 0);
const at = (ms: number) => new Date(start + ms);

function task(overrides: Partial<TaskRecord> & Pick<TaskRecord, "id" | "name">): TaskRecord {
  return {
    idempotencyKey: `key-${overrides.id}`,
    key: overrides.id,
    description: undefined,
    icon: undefined,
    parentId: undefined,
    connectionKey: undefined,
    noop: false,
    params: null,
    properties: [],
    outputProperties: [],
    status: "COMPLETED",
    attempts: [{ number: 1, startedAt: at(0), durationMs: 12, status: "COMPLETED" }],
    startedAt: at(0),
    completedAt: at(12),
    delayUntil: undefined,
    output: null,
    error: undefined,
    ...overrides,
  };
}

function run(overrides: Partial<RunResult>): RunResult {
  return {
    runId: "run_1",
    job: { id: "triage", version: "1.0.0" },
    event: { id: "evt_1", name: "issue.opened", payload: {} },
    status: "SUCCESS",
    output: { ok: true },
    error: undefined,
    issues: undefined,
    tasks: [],
    executions: 1,
    startedAt: at(0),
    completedAt: at(100),
    durationMs: 100,
    waitedMs: 0,
    simulatedWaitMs: 0,
    responses: [],
    unknownRequests: [],
    ...overrides,
  };
}

describe("formatDuration", () => {
  it("picks a readable unit", () => {
    expect(formatDuration(12.4)).toBe("12 ms");
    expect(formatDuration(1450)).toBe("1.4 s");
    expect(formatDuration(125_000)).toBe("2m 05s");
  });
});

describe("formatTimeline", () => {
  it("shows the outcome, each task with offset, duration, properties, params and output", () => {
    const text = formatTimeline(
      run({
        tasks: [
          task({
            id: "labels",
            name: "Add Labels",
            icon: "github",
            params: { labels: ["bug"] },
            properties: [{ label: "Issue", text: "#42" }],
            output: [{ name: "bug" }],
          }),
        ],
      }),
    );
    expect(text.split("\n")).toEqual([
      "Run run_1 · job triage@1.0.0 · event issue.opened",
      "✔ SUCCESS in 100 ms · 1 task · 1 execution",
      "",
      "    +0 ms ✔  Add Labels [github] 12 ms",
      "             Issue: #42",
      '             params {"labels":["bug"]}',
      '             output [{"name":"bug"}]',
      "",
      'output {"ok":true}',
    ]);
  });

  it("lists every attempt of a retried task with its error and when it was retried", () => {
    const text = formatTimeline(
      run({
        executions: 2,
        waitedMs: 30_000,
        tasks: [
          task({
            id: "post",
            name: "Post Message",
            startedAt: at(5),
            attempts: [
              {
                number: 1,
                startedAt: at(5),
                durationMs: 8,
                status: "RETRYING",
                error: { message: "ratelimited" },
                retryAt: at(30_005),
              },
              { number: 2, startedAt: at(30_010), durationMs: 6, status: "COMPLETED" },
            ],
          }),
        ],
      }),
    );
    expect(text).toContain("· 2 executions · 30.0 s waiting between executions\n");
    expect(text).toContain("Post Message 14 ms · 2 attempts");
    expect(text).toContain("↻ attempt 1 8 ms: ratelimited → retried at +30.0 s");
    expect(text).toContain("✔ attempt 2 6 ms");
  });

  it("says when the waits were skipped by the simulated clock rather than slept", () => {
    const retried = { executions: 2, waitedMs: 29_900 };
    expect(formatTimeline(run({ ...retried, simulatedWaitMs: 29_900 }))).toContain(
      "· 29.9 s waiting between executions (simulated clock: skipped, not slept)\n",
    );
    expect(formatTimeline(run({ ...retried, simulatedWaitMs: 20_000 }))).toContain(
      "· 29.9 s waiting between executions (20.0 s of it skipped by the simulated clock)\n",
    );
  });

  it("shows io.logger lines with their level and message, and their data when details are on", () => {
    const line = (level: string, message: string, params: unknown = null) =>
      task({
        id: `log-${message}`,
        name: "log",
        icon: "log",
        noop: true,
        description: message,
        params,
        properties: [{ label: "Level", text: level }],
        attempts: [],
        startedAt: at(4),
      });
    const text = formatTimeline(run({ tasks: [line("INFO", "3 recent messages"), line("WARN", "slow", { ms: 900 })] }));
    expect(text).toContain("\n    +4 ms ·  INFO  3 recent messages\n");
    expect(text).toContain('\n    +4 ms ·  WARN  slow {"ms":900}\n');
    expect(text).not.toContain("Level:");
    expect(formatTimeline(run({ tasks: [line("WARN", "slow", { ms: 900 })] }), { details: false })).toContain(
      "·  WARN  slow\n",
    );
  });

  it("indents subtasks under their parent and leaves out noop tasks' timings", () => {
    const text = formatTimeline(
      run({
        tasks: [
          task({ id: "parent", name: "Post Message" }),
          task({ id: "child", name: "Join Channel", parentId: "parent" }),
          task({ id: "log", name: "log", noop: true, attempts: [] }),
        ],
      }),
      { details: false },
    );
    expect(text).toContain("\n    +0 ms ✔  Post Message 12 ms\n    +0 ms ✔    Join Channel 12 ms\n    +0 ms ✔  log\n");
    expect(text).toContain("· 2 tasks ·");
  });

  it("shows why a run failed: the error, or the auth issue per integration", () => {
    const failed = formatTimeline(
      run({
        status: "ERROR",
        output: undefined,
        error: { message: "GitHub integration (github): Not Found" },
        tasks: [
          task({
            id: "get",
            name: "Get Repo",
            status: "ERRORED",
            attempts: [
              { number: 1, startedAt: at(0), durationMs: 3, status: "ERRORED", error: { message: "Not Found" } },
            ],
          }),
        ],
      }),
    );
    expect(failed).toContain("✖ ERROR in 100 ms");
    expect(failed).toContain("✖ attempt 1 3 ms: Not Found");
    expect(failed).toContain("error GitHub integration (github): Not Found");
    expect(failed).not.toContain("output");

    const unresolved = formatTimeline(
      run({
        status: "UNRESOLVED_AUTH_ERROR",
        output: undefined,
        issues: { github: { id: "github", error: "no auth" } },
      }),
    );
    expect(unresolved).toContain("✖ UNRESOLVED_AUTH_ERROR");
    expect(unresolved).toContain("auth github no auth");
  });

  it("colours only when asked", () => {
    const plain = formatTimeline(run({ tasks: [task({ id: "a", name: "A" })] }));
    const coloured = formatTimeline(run({ tasks: [task({ id: "a", name: "A" })] }), { color: true });
    expect(plain).not.toContain("\u001b[");
    expect(coloured).toContain("\u001b[32m");
  });
});
