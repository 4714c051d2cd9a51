import { describeIntegrationContract } from "@acme/integration-kit/testing";
import { Openai } from "../src/index.js";

describeIntegrationContract({
  Integration: Openai,
  options: (baseUrl) => ({ baseUrl }),
  probe: (client, tag) => client.models.retrieve(tag),
  // A read: the contract is about the failure policy, not what a create's side effect adds.
  task: (openai, tag) => (openai as Openai).models.retrieve("contract", { model: tag }),
  credentialOf: (request) => request.headers.authorization?.replace(/^Bearer /i, ""),
  rateLimited: () => ({
    status: 429,
    headers: { "retry-after": "30", "x-ratelimit-remaining-requests": "0", "x-ratelimit-reset-requests": "30s" },
    body: {
      error: { message: "Rate limit reached for requests", type: "requests", param: null, code: "rate_limit_exceeded" },
    },
  }),
  permanent: () => ({
    status: 404,
    body: {
      error: {
        message: "The model `nope` does not exist or you do not have access to it.",
        type: "invalid_request_error",
        param: null,
        code: "model_not_found",
      },
    },
  }),
});
