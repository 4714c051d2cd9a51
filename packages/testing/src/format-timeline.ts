import type { RunResult, TaskAttempt, TaskRecord } from "./run-result.js";

/** Options of {@link formatTimeline}. */
export interface FormatTimelineOptions {
  /** Colour with ANSI escapes (default: false). */
  readonly color?: boolean;
  /** Show each task's params and output (default: true). */
  readonly details?: boolean;
  /** Longest line of params/output before it is cut (default: 100). */
  readonly maxValueLength?: number;
}

const ANSI = { green: 32, red: 31, yellow: 33, dim: 2, bold: 1 } as const;

/** Milliseconds as a short duration: `12 ms`, `1.4 s`, `2m 05s`. */
export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)} s`;
  const minutes = Math.floor(ms / 60_000);
  const seconds = Math.round((ms % 60_000) / 1000);
  return `${minutes}m ${String(seconds).padStart(2, "0")}s`;
}

const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? "" : "s"}`;

/** `io.logger.info(...)` and friends: a no-op task named "log" whose description is the message. */
const isLogLine = (task: TaskRecord) => task.noop && task.name === "log" && task.icon === "log";

/** Says whether the waits were skipped by a virtual clock, so a reader does not think the run took that long. */
function simulated(result: RunResult): string {
  if (result.simulatedWaitMs <= 0) return "";
  return result.simulatedWaitMs >= result.waitedMs - 1
    ? " (simulated clock: skipped, not slept)"
    : ` (${formatDuration(result.simulatedWaitMs)} of it skipped by the simulated clock)`;
}

const STATUS_MARK: Record<string, string> = {
  COMPLETED: "✔",
  ERRORED: "✖",
  RETRYING: "↻",
  RUNNING: "…",
  WAITING: "⏸",
  CANCELED: "⊘",
  PENDING: "·",
};

/**
 * A run as the Trigger.dev dashboard shows it, in plain text: the outcome, then each task with
 * its start offset, duration, properties and attempts (failed attempts with their error and the
 * time they were retried at), and the job's output or error.
 */
export function formatTimeline(result: RunResult, options: FormatTimelineOptions = {}): string {
  const { color = false, details = true, maxValueLength = 100 } = options;
  const paint = (style: keyof typeof ANSI, text: string) => (color ? `\u001b[${ANSI[style]}m${text}\u001b[0m` : text);
  const start = result.startedAt.getTime();
  const offset = (date: Date) => `+${formatDuration(Math.max(0, date.getTime() - start))}`;
  const clip = (value: unknown) => {
    const text = value === undefined ? "undefined" : JSON.stringify(value);
    return text.length > maxValueLength ? `${text.slice(0, maxValueLength - 1)}…` : text;
  };
  const ok = result.status === "SUCCESS";
  const lines: string[] = [];

  const headline = `${ok ? "✔" : "✖"} ${result.status}`;
  lines.push(
    `Run ${result.runId} · job ${result.job.id}@${result.job.version} · event ${result.event.name}`,
    `${paint(ok ? "green" : "red", paint("bold", headline))} in ${formatDuration(result.durationMs)} · ` +
      `${plural(result.tasks.filter((task) => !task.noop).length, "task")} · ${plural(result.executions, "execution")}` +
      (result.waitedMs > 0
        ? ` · ${formatDuration(result.waitedMs)} waiting between executions${simulated(result)}`
        : ""),
    "",
  );

  const depth = new Map<string, number>();
  for (const task of result.tasks) {
    const level = task.parentId ? (depth.get(task.parentId) ?? 0) + 1 : 0;
    depth.set(task.id, level);
    lines.push(...formatTask(task, level));
  }

  function formatTask(task: TaskRecord, level: number): string[] {
    const indent = "  ".repeat(level + 1);
    if (isLogLine(task)) return [formatLogLine(task, indent)];
    const mark = STATUS_MARK[task.status] ?? "?";
    const tone = task.status === "COMPLETED" ? "green" : task.status === "ERRORED" ? "red" : "yellow";
    const spent = task.attempts.reduce((sum, attempt) => sum + (attempt.durationMs ?? 0), 0);
    const icon = task.icon ? paint("dim", ` [${task.icon}]`) : "";
    const tries = task.attempts.length > 1 ? paint("yellow", ` · ${task.attempts.length} attempts`) : "";
    const out = [
      `${paint("dim", offset(task.startedAt).padStart(9))} ${paint(tone, mark)}${indent}${paint("bold", task.name)}${icon}` +
        `${task.noop ? "" : ` ${paint("dim", formatDuration(spent))}`}${tries}`,
    ];
    const pad = `${" ".repeat(11)}${indent}`;
    const properties = [...task.properties, ...task.outputProperties];
    if (properties.length > 0) {
      out.push(
        `${pad}${paint("dim", properties.map((property) => `${property.label}: ${property.text}`).join(" · "))}`,
      );
    }
    if (task.attempts.length > 1 || task.status === "ERRORED") {
      for (const attempt of task.attempts) out.push(`${pad}${formatAttempt(attempt)}`);
    }
    if (details && !task.noop && task.params !== null && task.params !== undefined) {
      out.push(`${pad}${paint("dim", "params")} ${clip(task.params)}`);
    }
    if (details && task.status === "COMPLETED" && !task.noop) {
      out.push(`${pad}${paint("dim", "output")} ${clip(task.output)}`);
    }
    return out;
  }

  /** An `io.logger` line as the dashboard's run log shows it: level and message, then its data. */
  function formatLogLine(task: TaskRecord, indent: string): string {
    const level = task.properties.find((property) => property.label === "Level")?.text ?? "LOG";
    const tone = level === "ERROR" ? "red" : level === "WARN" ? "yellow" : "dim";
    const data =
      details && task.params !== null && task.params !== undefined ? ` ${paint("dim", clip(task.params))}` : "";
    return `${paint("dim", offset(task.startedAt).padStart(9))} ${paint(tone, "·")}${indent}${paint(tone, level.padEnd(5))} ${task.description ?? ""}${data}`;
  }

  function formatAttempt(attempt: TaskAttempt): string {
    const mark = STATUS_MARK[attempt.status] ?? "?";
    const took = attempt.durationMs === undefined ? "" : ` ${formatDuration(attempt.durationMs)}`;
    const error = attempt.error ? `: ${attempt.error.message}` : "";
    const retry = attempt.retryAt ? paint("yellow", ` → retried at ${offset(attempt.retryAt)}`) : "";
    const tone = attempt.status === "COMPLETED" ? "green" : attempt.status === "RETRYING" ? "yellow" : "red";
    return `${paint(tone, `${mark} attempt ${attempt.number}`)}${paint("dim", took)}${error}${retry}`;
  }

  lines.push("");
  if (ok) lines.push(`${paint("dim", "output")} ${clip(result.output)}`);
  if (result.error) lines.push(`${paint("red", "error")} ${result.error.message}`);
  for (const [key, issue] of Object.entries(result.issues ?? {})) {
    lines.push(`${paint("red", `auth ${key}`)} ${issue.error}`);
  }
  return lines.join("\n");
}
