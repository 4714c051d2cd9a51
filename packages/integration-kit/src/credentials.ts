import { MissingCredentialError } from "./errors.js";
import type { IntegrationOptions, ServiceInfo } from "./service-info.js";
import type { ConnectionAuth } from "./v2-api/index.js";

/** LOCAL when the integration was given a credential, HOSTED when Trigger.dev manages it (OAuth). */
export function authSourceFor(options: IntegrationOptions): "LOCAL" | "HOSTED" {
  return options.token ? "LOCAL" : "HOSTED";
}

/** The credential one run uses: the `token` option first, then the run's connection auth. */
export function resolveCredential(service: ServiceInfo, options: IntegrationOptions, auth?: ConnectionAuth): string {
  const credential = options.token ?? auth?.accessToken;
  if (!credential) throw new MissingCredentialError({ service, integrationId: options.id });
  return credential;
}
