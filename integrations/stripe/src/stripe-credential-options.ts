import { InvalidOptionsError, type ServiceInfo } from "@acme/integration-kit";
import { StripeKeyUndefinedError } from "./stripe-key-undefined-error.js";
import type { StripeOptions } from "./stripe-options.js";

/**
 * The options as the kit reads them: `apiKey` (the name `@trigger.dev/stripe` used) becomes the
 * kit's `token`, guarded the same way: present but empty throws at construction; a publishable
 * key, which cannot call the API, is refused before the first task rather than at it.
 */
export function withKeyAsToken(service: ServiceInfo, options: StripeOptions): StripeOptions {
  if (!options || typeof options !== "object") return options;
  const origin = { service, integrationId: typeof options.id === "string" ? options.id : "unknown" };
  const { apiKey, ...rest } = options;
  const given = Object.hasOwn(options, "apiKey");
  if (given && Object.hasOwn(options, "token")) {
    throw new InvalidOptionsError(origin, "pass the key as `apiKey` or as `token`, not both.");
  }
  if (given && (apiKey === undefined || apiKey === null || (typeof apiKey === "string" && apiKey.trim() === ""))) {
    throw new StripeKeyUndefinedError(origin);
  }
  const key = given ? apiKey : options.token;
  if (typeof key === "string" && key.startsWith("pk_")) {
    throw new InvalidOptionsError(
      origin,
      "the key is a publishable key (pk_...), which cannot call Stripe's API from a job. Use a secret key (sk_...) or a restricted key (rk_...).",
    );
  }
  return given ? { ...rest, token: apiKey as string } : options;
}
