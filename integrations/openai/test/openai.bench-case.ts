import type * as TriggerOpenai from "@trigger.dev/openai";
import type * as OpenaiSdk from "openai";
import type { BenchCase, BenchEnv } from "../../../tooling/bench/bench-case.js";
import type * as Openai from "../src/index.js";

const model = { model: "gpt-4o-mini" };
const hostedAuth = (accessToken: string) => ({ type: "oauth2" as const, accessToken });

/** Aims the openai 4.x client a clone of @trigger.dev/openai builds at the bench (it takes no fetch option). */
function aim(clone: TriggerOpenai.OpenAI, env: BenchEnv): TriggerOpenai.OpenAI {
  const client = (clone as unknown as { _client: { fetch: typeof fetch } })._client;
  client.fetch = env.fetch;
  return clone;
}

/** `pnpm bench` for OpenAI: `models.retrieve` against @trigger.dev/openai (openai 4.x) and the openai SDK 7. */
const openaiBench: BenchCase<typeof Openai, typeof TriggerOpenai, typeof OpenaiSdk> = {
  name: "OpenAI",
  answer: { id: "gpt-4o-mini", object: "model", created: 1_721_172_741, owned_by: "system" },
  ours: {
    package: "@acme/openai",
    task: ({ Openai }, env) => {
      const openai = new Openai({ id: "openai", baseUrl: env.baseUrl, fetch: env.fetch });
      return (token) => openai.cloneForRun(env.io, "openai", hostedAuth(token)).models.retrieve("get", model);
    },
  },
  theirs: {
    package: "@trigger.dev/openai",
    task: ({ OpenAI }, env) => {
      // It builds an SDK client at construction, which needs a key: its runs use that key, not the connection's.
      const openai = new OpenAI({ id: "openai", apiKey: "sk-bench", baseURL: env.baseUrl });
      return (token) => aim(openai.cloneForRun(env.io, "openai", hostedAuth(token)), env).models.retrieve("get", model);
    },
  },
  vendor: {
    package: "openai",
    task: ({ default: OpenAI }, env) => {
      const client = new OpenAI({ apiKey: "sk-bench", baseURL: env.baseUrl, fetch: env.fetch, maxRetries: 0 });
      return () => client.models.retrieve(model.model);
    },
  },
};

export default openaiBench;
