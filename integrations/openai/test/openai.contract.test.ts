import { describeIntegrationContract } from "@acme/integration-kit/testing";
import { Openai } from "../src/index.js";
import { taskCases } from "./support/task-cases.js";

let page = 0;

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
  taskParams: Object.fromEntries(
    taskCases.map((c) => [`${c.namespace}.${c.method}`, c.params ? c.params() : c.args()[0]]),
  ),
  // OpenAI says there is more with has_more, and where it starts with the last item's id.
  morePages: () => {
    page += 1;
    const id = `item_${page}`;
    return { body: { object: "list", data: [{ id }], first_id: id, last_id: id, has_more: true } };
  },
});
