import { redactingLogger } from "@acme/integration-kit";
import type { Logger, LogLevel } from "@slack/web-api";

/**
 * The `WebClient`'s logger. The WebClient logs what Slack says about a failed call (including
 * `response_metadata.messages`, which may quote the token) and its own request failures; the
 * task's error already carries all of that, redacted, so nothing is printed. The lines go through
 * the kit's redacting logger so that enabling a level later cannot print the token either.
 */
export function slackLogger(token: string): Logger {
  const log = redactingLogger(token, []);
  // A string, not the enum: the package root must not load @slack/web-api.
  let level = "error" as LogLevel;
  return {
    ...log,
    setLevel: (next) => {
      level = next;
    },
    getLevel: () => level,
    setName: () => undefined,
  };
}
