import { describeIntegrationContract } from "@acme/integration-kit/testing";
import { Slack } from "../src/index.js";
import { taskCases } from "./task-cases.js";

describeIntegrationContract({
  Integration: Slack,
  options: (baseUrl) => ({ baseUrl: `${baseUrl}/api/` }),
  probe: (client, tag) => client.apiCall("auth.test", { tag }),
  // A read: the contract is about the failure policy, not the retry check chat.postMessage adds.
  task: (slack, tag) => (slack as Slack).conversations.info("contract", { channel: `C${tag}` }),
  credentialOf: (request) => request.headers.authorization?.replace(/^bearer /i, ""),
  rateLimited: () => ({ status: 429, headers: { "retry-after": "30" }, body: { ok: false, error: "ratelimited" } }),
  permanent: () => ({ body: { ok: false, error: "channel_not_found" } }),
  taskParams: Object.fromEntries(Object.entries(taskCases).map(([id, { params }]) => [id, params])),
  // Slack's cursor pages: the next cursor in `response_metadata`.
  morePages: () => ({ body: { ok: true, response_metadata: { next_cursor: "dXNlcjpVMEc5V0ZYTlo=" } } }),
});
