/** The harness could not run the job as asked: the message says what to change. */
export class RunHarnessError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(`Trigger.dev run harness: ${message}`, options);
    this.name = "RunHarnessError";
  }
}
