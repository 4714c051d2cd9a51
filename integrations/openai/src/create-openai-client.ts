import { redactingLogger } from "@acme/integration-kit";
import type OpenAIClient from "openai";
import { jsonGuardedFetch } from "./json-guarded-fetch.js";
import type { OpenaiHeaders } from "./openai-options.js";

/** What the SDK client is built from, besides the key. */
export interface OpenaiClientSettings {
  readonly organization?: string | undefined;
  readonly project?: string | undefined;
  readonly baseUrl?: string | undefined;
  readonly defaultHeaders?: OpenaiHeaders | undefined;
  readonly defaultQuery?: Record<string, string | undefined> | undefined;
  readonly fetch?: typeof fetch | undefined;
  readonly timeoutMs: number;
}

/**
 * The `openai` SDK client for one API key, for the v2 `Openai` and `OpenaiClient` alike: the SDK
 * imported on first use, its retries off (Trigger.dev's are the only ones), its timeout the kit's,
 * the caller's header and query objects copied, never written to.
 */
export async function createOpenaiClient(apiKey: string, settings: OpenaiClientSettings): Promise<OpenAIClient> {
  // Loaded on first use: a cold start that runs no OpenAI task never pays for the SDK.
  const { default: OpenAI } = await import("openai");
  const { organization, project, baseUrl, defaultHeaders, defaultQuery, fetch, timeoutMs } = settings;
  return new OpenAI({
    apiKey,
    ...(organization ? { organization } : {}),
    ...(project ? { project } : {}),
    ...(baseUrl ? { baseURL: baseUrl } : {}),
    ...(defaultHeaders ? { defaultHeaders: { ...defaultHeaders } } : {}),
    ...(defaultQuery ? { defaultQuery: { ...defaultQuery } } : {}),
    fetch: jsonGuardedFetch(fetch),
    maxRetries: 0,
    timeout: timeoutMs,
    logger: redactingLogger(apiKey),
  });
}
