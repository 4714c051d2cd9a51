import type { ServiceInfo } from "@acme/integration-kit";

/** What the kit needs to know about OpenAI, shared by the v2 `Openai` and `OpenaiClient`. */
export const openaiService: ServiceInfo = {
  id: "openai",
  name: "OpenAI",
  icon: "openai",
  tokenEnv: "OPENAI_API_KEY",
};
