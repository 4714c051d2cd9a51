import { describeIntegrationContract } from "../src/testing/index.js";
import { Echo } from "./echo-integration.js";

describeIntegrationContract({
  Integration: Echo,
  options: (baseUrl) => ({ baseUrl }),
  probe: (client, tag) => client.get(`/probe/${tag}`),
  credentialOf: (request) => request.headers.authorization?.replace(/^Bearer /, ""),
});
