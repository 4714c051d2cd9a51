import { redactText } from "./redact.js";

/** The levels vendor SDK loggers write at. */
export type LogLevelName = "debug" | "info" | "warn" | "error";

/** A logger as vendor SDKs take one: Octokit's `log`, the methods of Slack's `Logger`. */
export type VendorLogger = Record<LogLevelName, (...args: unknown[]) => void>;

function format(arg: unknown): string {
  if (typeof arg === "string") return arg;
  if (arg instanceof Error) return arg.stack ?? `${arg.name}: ${arg.message}`;
  try {
    return JSON.stringify(arg) ?? String(arg);
  } catch {
    return String(arg);
  }
}

/**
 * A logger to hand a vendor SDK so that it never prints the credential: lines at `levels` go to
 * the console as one string with every form of `secret` removed; other levels are dropped. The
 * default keeps warnings and errors, as Octokit's own logger does.
 */
export function redactingLogger(secret: string, levels: readonly LogLevelName[] = ["warn", "error"]): VendorLogger {
  const line =
    (level: LogLevelName) =>
    (...args: unknown[]): void => {
      if (!levels.includes(level)) return;
      console[level](redactText(args.map(format).join(" "), [secret]));
    };
  return { debug: line("debug"), info: line("info"), warn: line("warn"), error: line("error") };
}
