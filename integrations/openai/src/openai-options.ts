import type { IntegrationOptions } from "@acme/integration-kit";

/** Headers sent with every request; `null` or `undefined` removes one the SDK would send. */
export type OpenaiHeaders = Record<string, string | null | undefined>;

/** Options for {@link Openai}. */
export interface OpenaiOptions extends IntegrationOptions {
  /** The API key (LOCAL), usually `process.env.OPENAI_API_KEY`; the name `@trigger.dev/openai` used for `token`. */
  apiKey?: string;
  /** The API key (LOCAL); the same as `apiKey`. Present but empty throws at construction. */
  token?: string;
  /** Sent as `OpenAI-Organization`, for keys that belong to several organizations. */
  organization?: string;
  /** Sent as `OpenAI-Project`, for keys that belong to several projects. */
  project?: string;
  /** API root (default `https://api.openai.com/v1`): Azure OpenAI, another OpenAI-compatible server, or a stand-in. */
  baseUrl?: string;
  /** The spelling `@trigger.dev/openai` used for `baseUrl`. */
  baseURL?: string;
  /** Headers added to every request (copied: your object is never changed). */
  defaultHeaders?: OpenaiHeaders;
  /** Query parameters added to every request, such as Azure's `api-version`. */
  defaultQuery?: Record<string, string | undefined>;
  /** Accepted for `@trigger.dev/openai` compatibility; tasks show the OpenAI icon. */
  icon?: string;
  /** The fetch the SDK sends with (a proxy, an instrumented client); the global one by default. */
  fetch?: typeof fetch;
}

/**
 * The options as the kit reads them: `apiKey` is the kit's `token` (kept even when undefined, so
 * an unset OPENAI_API_KEY fails at construction), and `baseURL` its `baseUrl`.
 */
export function normalizeOptions(options: OpenaiOptions): OpenaiOptions {
  if (!options || typeof options !== "object") return options;
  const normalized: OpenaiOptions = { ...options };
  if (Object.hasOwn(options, "apiKey") && !Object.hasOwn(options, "token")) normalized.token = options.apiKey;
  if (options.baseURL !== undefined && options.baseUrl === undefined) normalized.baseUrl = options.baseURL;
  return normalized;
}
