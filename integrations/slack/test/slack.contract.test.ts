import { describeIntegrationContract } from "@acme/integration-kit/testing";
import { Slack } from "../src/index.js";

describeIntegrationContract({
  Integration: Slack,
  options: (baseUrl) => ({ baseUrl: `${baseUrl}/api/` }),
  probe: (client, tag) => client.apiCall("auth.test", { tag }),
  task: (slack, tag) => (slack as Slack).chat.postMessage("contract", { channel: `C${tag}`, text: "contract" }),
  credentialOf: (request) => request.headers.authorization?.replace(/^bearer /i, ""),
  rateLimited: () => ({ status: 429, headers: { "retry-after": "30" }, body: { ok: false, error: "ratelimited" } }),
  permanent: () => ({ body: { ok: false, error: "channel_not_found" } }),
});
