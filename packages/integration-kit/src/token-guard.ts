import { type ErrorOrigin, InvalidOptionsError, TokenUndefinedError } from "./errors.js";
import type { IntegrationOptions, ServiceInfo } from "./service-info.js";

/**
 * A `baseUrl` must be an absolute http(s) URL: anything else would fail every call later, as an
 * "Invalid URL" retried like an outage. The value is not echoed: it may hold credentials.
 */
function guardBaseUrl(origin: ErrorOrigin, baseUrl: unknown): void {
  if (baseUrl === undefined) return;
  let protocol: string | undefined;
  try {
    protocol = typeof baseUrl === "string" ? new URL(baseUrl).protocol : undefined;
  } catch {
    protocol = undefined;
  }
  if (protocol === "http:" || protocol === "https:") return;
  const got =
    typeof baseUrl !== "string"
      ? `got ${baseUrl === null ? "null" : typeof baseUrl}`
      : protocol
        ? `got a ${protocol} URL`
        : "got a string that is not an absolute URL";
  throw new InvalidOptionsError(
    origin,
    `the \`baseUrl\` option must be an absolute http(s) URL such as https://api.example.com, ${got}. Leave it out to use the service's public API.`,
  );
}

/**
 * Rejects options that cannot work, at construction time. A `token` key that is present but empty
 * is not the same as no token: it is the classic unset environment variable, and falling back to
 * OAuth would hide it. A `baseUrl` that is not an absolute http(s) URL is refused here too.
 */
export function guardOptions(service: ServiceInfo, options: IntegrationOptions): void {
  const integrationId = typeof options?.id === "string" ? options.id : "unknown";
  const origin = { service, integrationId };
  if (!options || typeof options !== "object") {
    throw new InvalidOptionsError(origin, `options must be an object such as { id: "${service.id}" }.`);
  }
  if (typeof options.id !== "string" || options.id.trim() === "") {
    throw new InvalidOptionsError(origin, `the \`id\` option must be a non-empty string, such as "${service.id}".`);
  }
  const { timeoutMs } = options;
  if (timeoutMs !== undefined && !(typeof timeoutMs === "number" && Number.isFinite(timeoutMs) && timeoutMs > 0)) {
    throw new InvalidOptionsError(
      origin,
      `the \`timeoutMs\` option must be a positive number of milliseconds, such as 30000.`,
    );
  }
  guardBaseUrl(origin, (options as { baseUrl?: unknown }).baseUrl);
  if (!Object.hasOwn(options, "token")) return;
  const { token } = options as { token?: unknown };
  if (token === undefined || token === null || (typeof token === "string" && token.trim() === "")) {
    throw new TokenUndefinedError(origin);
  }
  if (typeof token !== "string") {
    throw new InvalidOptionsError(
      origin,
      `the \`token\` option must be a string, got ${typeof token}. Pass the token itself, for example process.env.${service.tokenEnv}.`,
    );
  }
}
