/** The harness could not run the job as asked: the message says what to change. */
export class RunHarnessError extends Error {
  /** Machine-readable reason; subclasses narrow it. */
  readonly code: string = "RUN_HARNESS";

  constructor(message: string, options?: ErrorOptions) {
    super(`Trigger.dev run harness: ${message}`, options);
    this.name = "RunHarnessError";
  }
}
