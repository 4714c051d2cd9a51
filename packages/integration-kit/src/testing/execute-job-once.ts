/** The part of a v2 `TriggerClient` (`@trigger.dev/sdk` 2.x or 3.x) that answers Trigger.dev's requests. */
export interface RequestHandlingClient {
  handleRequest(request: Request): Promise<{ body?: unknown }>;
}

/** One execution of a job, as Trigger.dev's `EXECUTE_JOB` describes it. */
export interface JobExecution {
  /** The API key the client was created with. */
  readonly apiKey: string;
  /** The job to execute (at version 1.0.0). */
  readonly jobId: string;
  /** The run's event: its name, payload, and when Trigger.dev received it. */
  readonly event: { readonly name: string; readonly payload: unknown; readonly timestamp: Date | string };
  /** When the run started; now when left out. */
  readonly startedAt?: Date | string;
  /** A test run from the dashboard (the SDK skips `verifyPayload` for those). */
  readonly isTest?: boolean;
}

/** What an execution answered. */
export interface JobExecutionAnswer {
  readonly status: string;
  readonly output?: unknown;
  readonly error?: { readonly message: string };
}

/**
 * Executes a job once through the client's `handleRequest`, as Trigger.dev's `EXECUTE_JOB` does,
 * with no run API behind it: for what happens before a job's tasks (guards, payload checks).
 * `@acme/testing`'s run harness runs whole jobs.
 */
export async function executeJobOnce(
  client: RequestHandlingClient,
  execution: JobExecution,
): Promise<JobExecutionAnswer> {
  const { apiKey, jobId, event, startedAt = new Date(), isTest = false } = execution;
  const response = await client.handleRequest(
    new Request("http://127.0.0.1/api/trigger", {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "x-trigger-api-key": apiKey,
        "x-trigger-action": "EXECUTE_JOB",
        "x-trigger-version": "2023-11-01",
      },
      body: JSON.stringify({
        event: { id: "evt_1", ...event, context: null },
        job: { id: jobId, version: "1.0.0" },
        run: { id: "run_1", isTest, isRetry: false, startedAt },
        environment: { id: "env", slug: "dev", type: "DEVELOPMENT" },
        organization: { id: "org", title: "Org", slug: "org" },
        project: { id: "project", name: "Project", slug: "project" },
        account: { id: "account", metadata: {} },
        tasks: [],
        connections: {},
        yieldedExecutions: [],
      }),
    }),
  );
  return response.body as JobExecutionAnswer;
}
