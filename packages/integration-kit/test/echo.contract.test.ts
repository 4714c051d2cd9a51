import { describeIntegrationContract } from "../src/testing/index.js";
import { Echo } from "./echo-integration.js";

describeIntegrationContract({
  Integration: Echo,
  options: (baseUrl) => ({ baseUrl }),
  probe: (client, tag) => client.get(`/probe/${tag}`),
  task: (echo, tag) => (echo as Echo).getPath("contract-task", `/things/${tag}`),
  credentialOf: (request) => request.headers.authorization?.replace(/^Bearer /, ""),
  rateLimited: () => ({ status: 429, headers: { "retry-after": "30" }, body: { error: "slow down" } }),
  permanent: () => ({ status: 404, body: { error: "not found" } }),
  taskParams: {
    "things.get": { path: "/things/1" },
    "things.create": { name: "widget" },
    "things.list": { tag: "blue" },
  },
  morePages: (request) => ({
    headers: { link: `<http://${request.headers.host}/things?page=next>; rel="next"` },
    body: [{ id: "a" }],
  }),
});
