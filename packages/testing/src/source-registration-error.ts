import { RunHarnessError } from "./errors.js";
import type { RunResult } from "./run-result.js";

/** Why a register run left its source inactive, in the user's terms. */
function causeOf(run: RunResult): string {
  switch (run.status) {
    case "SUCCESS":
      return "it returned nothing, so it never called io.updateSource (return the hook's `data` and `options` from `register`)";
    case "ERROR":
      return `it failed: ${run.error?.message ?? "no error message"}`;
    case "UNRESOLVED_AUTH_ERROR": {
      const issues = Object.entries(run.issues ?? {}).map(([key, issue]) => `${key}: ${issue.error}`);
      return (
        `its integration has no credential (${issues.join("; ") || "no details"}); pass one with ` +
        'registerSource(client, key, { connections: { integration: "<token>" } })'
      );
    }
    default:
      return `it ended with ${run.status}`;
  }
}

/**
 * A source's registration did not activate it (its register job failed or returned nothing), or
 * a webhook was delivered to such a source. Trigger.dev keeps a source inactive until its register
 * job reports the hook, answers the sender 200 and runs nothing, so the harness says so instead.
 */
export class SourceRegistrationError extends RunHarnessError {
  /** Machine-readable kind. */
  override readonly code = "SOURCE_REGISTRATION_FAILED";
  /** The source's key (`github.repo-http-acmewidgets-github`). */
  readonly sourceKey: string;
  /** The failed register run, with its tasks and error; undefined when no register job ran. */
  readonly run: RunResult | undefined;
  /** Why the source is inactive, in a few words. */
  readonly reason: string;

  /** `during` says whether `registerSource` or `deliverWebhook` found the failure. */
  constructor(options: { sourceKey: string; run: RunResult | undefined; during: "registration" | "delivery" }) {
    const { sourceKey, run, during } = options;
    const reason = run
      ? `its register job "${run.job.id}" ran, and ${causeOf(run)}`
      : "no register job has activated it yet (call registerSource first)";
    super(
      during === "registration"
        ? `the source "${sourceKey}" was not registered: ${reason}. Trigger.dev keeps such a source inactive: ` +
            "its webhook's deliveries are answered 200 and run nothing. The run's tasks are in `error.run.tasks`; " +
            "fix the registration and call registerSource again."
        : `no delivery to the source "${sourceKey}", which is inactive: ${reason}. On Trigger.dev its webhook's ` +
            `deliveries would be answered 200 and run nothing; fix the registration and call registerSource(client, "${sourceKey}") again.`,
    );
    this.name = "SourceRegistrationError";
    this.sourceKey = sourceKey;
    this.run = run;
    this.reason = reason;
  }
}
