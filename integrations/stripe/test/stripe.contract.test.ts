import { describeIntegrationContract } from "@acme/integration-kit/testing";
import type StripeSdk from "stripe";
import { Stripe } from "../src/index.js";
import { type Seeded, taskCases } from "./support/task-cases.js";

/** Ids for the cases' params: the contract's server answers whatever is asked. */
const anyIds = new Proxy({} as Seeded, { get: (_, key) => ({ id: `${String(key)}_contract`, object: "object" }) });

describeIntegrationContract({
  Integration: Stripe,
  options: (baseUrl: string) => ({ baseUrl }),
  probe: (stripe: StripeSdk, tag: string) => stripe.customers.retrieve(`cus_${tag}`),
  task: (stripe: unknown, tag: string) => (stripe as Stripe).customers.retrieve("contract", { id: `cus_${tag}` }),
  credentialOf: (request: { headers: Record<string, string | string[] | undefined> }) =>
    String(request.headers.authorization ?? "").replace(/^Bearer /, "") || undefined,
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
  // Params Stripe accepts for every task, for the kit's per-task checks.
  taskParams: Object.fromEntries(taskCases.map((c) => [`${c.group}.${c.method}`, c.params?.(anyIds)])),
  // A page of a list or search with another after it.
  morePages: () => ({
    body: { object: "list", data: [{ id: "obj_1" }], has_more: true, next_page: "page_2", url: "/v1/objects" },
  }),
});
