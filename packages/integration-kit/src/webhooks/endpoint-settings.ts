import { type ErrorOrigin, InvalidOptionsError } from "../errors.js";
import { resolveSigningSecret } from "./signing-secret.js";

/** How users declare a service's HTTP endpoint, for {@link resolveEndpointSettings}. */
export interface EndpointDeclaration {
  /** The call that declares it, for messages (`slack.events.endpoint()`). */
  readonly call: string;
  /** An id to suggest when none is given (`"slack-events"`). */
  readonly exampleId: string;
  /** The option that carries the signing secret (`"signingSecret"`). */
  readonly secretOption: string;
  /** The environment variable read when that option is left out (`"SLACK_SIGNING_SECRET"`). */
  readonly env: string;
}

/**
 * The id and signing secret of an HTTP endpoint declared with `options`: a missing or empty `id`
 * throws `InvalidOptionsError`; the secret is the option when its key is present (an empty value
 * throws `SigningSecretUndefinedError`), else the environment variable, else undefined (every
 * request refused, saying what to set).
 */
export function resolveEndpointSettings(
  origin: ErrorOrigin,
  options: { readonly id?: unknown } | undefined,
  declaration: EndpointDeclaration,
): { readonly id: string; readonly secret: string | undefined } {
  const id = options?.id;
  if (typeof id !== "string" || id === "") {
    throw new InvalidOptionsError(
      origin,
      `${declaration.call} needs an \`id\`, e.g. { id: "${declaration.exampleId}" }.`,
    );
  }
  const secret = resolveSigningSecret(origin, options as object, {
    option: declaration.secretOption,
    env: declaration.env,
    creating: `the HTTP endpoint "${id}"`,
  });
  return { id, secret };
}
