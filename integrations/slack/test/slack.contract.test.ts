import { describeIntegrationContract } from "@acme/integration-kit/testing";
import { Slack } from "../src/index.js";

describeIntegrationContract({
  Integration: Slack,
  options: (baseUrl) => ({ baseUrl: `${baseUrl}/api/` }),
  probe: (client, tag) => client.apiCall("auth.test", { tag }),
  credentialOf: (request) => request.headers.authorization?.replace(/^bearer /i, ""),
});
