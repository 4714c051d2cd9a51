import { describeIntegrationContract } from "@acme/integration-kit/testing";
import { Stripe } from "../src/index.js";

describeIntegrationContract({
  Integration: Stripe,
  options: (baseUrl) => ({ baseUrl }),
  probe: (stripe, tag) => stripe.customers.retrieve(`cus_${tag}`),
  task: (stripe, tag) => (stripe as Stripe).customers.retrieve("contract", { id: `cus_${tag}` }),
  credentialOf: (request) => request.headers.authorization?.replace(/^Bearer /, ""),
  rateLimited: () => ({
    status: 429,
    headers: { "retry-after": "30" },
    body: { error: { type: "invalid_request_error", code: "rate_limit", message: "Too many requests" } },
  }),
  permanent: () => ({
    status: 404,
    body: {
      error: {
        type: "invalid_request_error",
        code: "resource_missing",
        param: "id",
        message: "No such customer: 'cus_missing'",
        doc_url: "https://stripe.com/docs/error-codes/resource-missing",
      },
    },
  }),
});
