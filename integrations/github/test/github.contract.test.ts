import { describeIntegrationContract } from "@acme/integration-kit/testing";
import { Github } from "../src/index.js";

describeIntegrationContract({
  Integration: Github,
  options: (baseUrl) => ({ baseUrl }),
  probe: (octokit, tag) => octokit.request("GET /probe/{tag}", { tag }),
  credentialOf: (request) => request.headers.authorization?.replace(/^(token|bearer) /i, ""),
});
