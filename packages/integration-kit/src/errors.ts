import type { ServiceInfo } from "./service-info.js";

/** Machine-readable reasons an integration fails. */
export type IntegrationErrorCode =
  | "INVALID_OPTIONS"
  | "TOKEN_UNDEFINED"
  | "SIGNING_SECRET_UNDEFINED"
  | "V2_JOB_API_REQUIRED"
  | "MISSING_CREDENTIAL"
  | "TASK_OUTSIDE_RUN"
  | "SERVICE_ERROR"
  | "RATE_LIMITED"
  | "WEBHOOK_REJECTED";

/** Where an error happened: which service, and which integration instance (or v4 client) of it. */
export interface ErrorOrigin {
  readonly service: Pick<ServiceInfo, "name">;
  readonly integrationId: string;
  /** What the user built: a v2 `integration` (the default) or a plain `client` (`GithubClient`). */
  readonly kind?: "integration" | "client";
}

/** How messages name an origin: `GitHub integration (github)`, `GitHub client (github)`. */
export function originLabel(origin: ErrorOrigin): string {
  return `${origin.service.name} ${origin.kind ?? "integration"} (${origin.integrationId})`;
}

/** Base class of every error the kit raises; `code` says what went wrong without parsing the message. */
export class IntegrationError extends Error {
  /** Machine-readable reason. */
  readonly code: IntegrationErrorCode;
  /** Display name of the service (`"GitHub"`). */
  readonly service: string;
  /** The `id` option of the integration that failed. */
  readonly integrationId: string;

  constructor(code: IntegrationErrorCode, origin: ErrorOrigin, message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = new.target.name;
    this.code = code;
    this.service = origin.service.name;
    this.integrationId = origin.integrationId;
  }
}

/** The constructor options are not usable (no `id`, or a `token` that is not a string). */
export class InvalidOptionsError extends IntegrationError {
  constructor(origin: ErrorOrigin, problem: string) {
    super("INVALID_OPTIONS", origin, `Can't create ${originLabel(origin)}: ${problem}`);
  }
}

/** A `token` key was passed but its value is empty: almost always an unset environment variable. */
export class TokenUndefinedError extends IntegrationError {
  /** `fix` replaces the default advice (set it, or use Trigger.dev's OAuth), for callers without OAuth. */
  constructor(origin: ErrorOrigin & { service: Pick<ServiceInfo, "name" | "tokenEnv"> }, fix?: string) {
    super(
      "TOKEN_UNDEFINED",
      origin,
      `Can't create ${originLabel(origin)} as token was undefined. ` +
        `The \`token\` option was given but is empty, usually because an environment variable such as ${origin.service.tokenEnv} is not set. ` +
        (fix ?? "Set it, or leave out the `token` option to use an OAuth connection managed by Trigger.dev."),
    );
  }
}

/** A run needs a credential but neither the `token` option nor the run's connection supplied one. */
export class MissingCredentialError extends IntegrationError {
  /** `message` replaces the default one (which names Trigger.dev's connections), for callers without them. */
  constructor(origin: ErrorOrigin & { service: Pick<ServiceInfo, "name" | "tokenEnv"> }, message?: string) {
    const { name, tokenEnv } = origin.service;
    super(
      "MISSING_CREDENTIAL",
      origin,
      message ??
        `${name} integration (${origin.integrationId}) has no credential for this run: no \`token\` option was given and Trigger.dev supplied no connection auth. ` +
          `Pass \`token\` (for example process.env.${tokenEnv}), or connect a ${name} account to the integration "${origin.integrationId}" in the Trigger.dev dashboard.`,
    );
  }
}

/** A task was called on the integration itself instead of on `io.<key>` inside a job's `run`. */
export class TaskOutsideRunError extends IntegrationError {
  constructor(origin: ErrorOrigin, task: string) {
    super(
      "TASK_OUTSIDE_RUN",
      origin,
      `${originLabel(origin)}: the task "${task}" was called outside a job run. ` +
        `Add the integration to the job (\`integrations: { ${origin.integrationId}: ... }\`) and call it on \`io.<that key>\` inside \`run\`, ` +
        `for example \`io.${origin.integrationId}.runTask(...)\`, not on the instance you created.`,
    );
  }
}
