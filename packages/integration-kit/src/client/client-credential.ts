import {
  type ErrorOrigin,
  InvalidOptionsError,
  MissingCredentialError,
  originLabel,
  TokenUndefinedError,
} from "../errors.js";
import type { ServiceInfo } from "../service-info.js";
import type { TokenSource } from "./service-client-options.js";

type Origin = ErrorOrigin & { service: ServiceInfo };

/**
 * Checks the `token` option at construction: it must be there (a plain client has no OAuth
 * connection to fall back on), and be a non-empty string or a function.
 */
export function guardTokenSource(origin: Origin, options: object): TokenSource {
  const { tokenEnv } = origin.service;
  const how = `Pass \`token\`: the token itself (for example process.env.${tokenEnv}) or a function that returns it.`;
  if (!Object.hasOwn(options, "token")) {
    throw new MissingCredentialError(origin, `${originLabel({ ...origin, kind: "client" })} needs a token. ${how}`);
  }
  const { token } = options as { token?: unknown };
  if (token === undefined || token === null || (typeof token === "string" && token.trim() === "")) {
    throw new TokenUndefinedError(origin, `Set it, or pass a function that returns the token.`);
  }
  if (typeof token !== "string" && typeof token !== "function") {
    throw new InvalidOptionsError(
      origin,
      `the \`token\` option must be a string or a function, got ${typeof token}. ${how}`,
    );
  }
  return token as TokenSource;
}

/**
 * The credential for one call: the string, or what the function gives now. A function that gives
 * nothing usable fails the call with {@link MissingCredentialError}, before anything is sent.
 */
export async function resolveToken(origin: Origin, source: TokenSource): Promise<string> {
  if (typeof source === "string") return source;
  const token: unknown = await source();
  if (typeof token === "string" && token.trim() !== "") return token;
  const got = token === null ? "null" : typeof token === "string" ? "an empty string" : typeof token;
  throw new MissingCredentialError(
    origin,
    `${origin.service.name} client (${origin.integrationId}): the \`token\` function returned ${got}, not a token, so nothing was sent. ` +
      `Make it return the token as a string (for example process.env.${origin.service.tokenEnv}).`,
  );
}
