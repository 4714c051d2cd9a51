/**
 * Task input that can never work (a bad option, a missing argument). Thrown inside a task, the kit
 * turns it into a permanent {@link ServiceError} that names the service and the integration, so
 * Trigger.dev does not retry what the caller must fix.
 */
export class TaskInputError extends Error {
  /** Machine-readable reason. */
  readonly code = "TASK_INPUT";

  constructor(
    message: string,
    /** How to fix it, in the caller's terms. */
    readonly hint?: string,
  ) {
    super(message);
    this.name = "TaskInputError";
  }
}
