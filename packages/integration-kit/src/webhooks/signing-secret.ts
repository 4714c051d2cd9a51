import { type ErrorOrigin, IntegrationError } from "../errors.js";

/** Where a receiver's signing secret comes from: an option, else an environment variable. */
export interface SigningSecretSource {
  /** The option that carries it (`"signingSecret"`). */
  readonly option: string;
  /** The environment variable read when the option is left out (`"SLACK_SIGNING_SECRET"`). */
  readonly env: string;
  /** What is being created, for the message (`slack.events.endpoint()`). */
  readonly creating: string;
}

/**
 * A signing-secret option was passed but is empty: almost always an unset environment variable.
 * Failing at construction, as for a token, instead of refusing every request at run time.
 */
export class SigningSecretUndefinedError extends IntegrationError {
  constructor(origin: ErrorOrigin, source: SigningSecretSource) {
    super(
      "SIGNING_SECRET_UNDEFINED",
      origin,
      `Can't create ${source.creating} of ${origin.service.name} integration (${origin.integrationId}) as ${source.option} was undefined. ` +
        `The \`${source.option}\` option was given but is empty, usually because an environment variable such as ${source.env} is not set. ` +
        `Set it, or leave out the \`${source.option}\` option to read ${source.env}.`,
    );
  }
}

/**
 * The signing secret of a receiver: the option when its key is present (an empty value throws
 * {@link SigningSecretUndefinedError}), else the environment variable, else undefined, which
 * refuses every request with a message naming both.
 */
export function resolveSigningSecret(
  origin: ErrorOrigin,
  options: object,
  source: SigningSecretSource,
): string | undefined {
  if (!Object.hasOwn(options, source.option)) {
    const env = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env;
    return env?.[source.env] || undefined;
  }
  const value: unknown = (options as Record<string, unknown>)[source.option];
  if (typeof value !== "string" || value.trim() === "") throw new SigningSecretUndefinedError(origin, source);
  return value;
}
