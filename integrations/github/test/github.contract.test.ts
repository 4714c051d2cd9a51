import { describeIntegrationContract } from "@acme/integration-kit/testing";
import { Github } from "../src/index.js";
import { taskCases } from "./support/task-cases.js";

const inThirtySeconds = () => String(Math.floor(Date.now() / 1000) + 30);

describeIntegrationContract({
  Integration: Github,
  options: (baseUrl) => ({ baseUrl }),
  probe: (octokit, tag) => octokit.request("GET /probe/{tag}", { tag }),
  task: (github, tag) => (github as Github).issues.get("contract", { owner: "acme", repo: tag, issueNumber: 1 }),
  credentialOf: (request) => request.headers.authorization?.replace(/^(token|bearer) /i, ""),
  rateLimited: () => ({
    status: 403,
    headers: { "x-ratelimit-remaining": "0", "x-ratelimit-limit": "5000", "x-ratelimit-reset": inThirtySeconds() },
    body: { message: "API rate limit exceeded", documentation_url: "https://docs.github.com/rest/rate-limit" },
  }),
  permanent: () => ({ status: 404, body: { message: "Not Found", documentation_url: "https://docs.github.com/rest" } }),
  taskParams: Object.fromEntries(taskCases.map(({ namespace, method, params }) => [`${namespace}.${method}`, params])),
  // GitHub links the next page in a `Link` header, to the same path with a page number.
  morePages: (request) => {
    const path = request.url.split("?")[0];
    return { headers: { link: `<http://${request.headers.host}${path}?page=2>; rel="next"` }, body: [] };
  },
});
