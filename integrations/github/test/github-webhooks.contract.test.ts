import { describeWebhookContract } from "@acme/integration-kit/testing";
import { githubWebhookReceiver } from "../src/index.js";

const headers = { "content-type": "application/json", "x-github-event": "issues", "x-github-delivery": "d-contract-1" };
const body = JSON.stringify({ action: "opened", issue: { number: 1 }, repository: { full_name: "acme/widgets" } });

describeWebhookContract({
  name: "GitHub",
  receiver: githubWebhookReceiver,
  event: { body, headers },
  handshake: {
    body: JSON.stringify({ zen: "Keep it logically awesome.", hook_id: 1 }),
    headers: { ...headers, "x-github-event": "ping" },
    reply: { ok: true },
  },
  malformed: { body: "[1, 2]", headers },
  missingHeader: { body, headers: { "content-type": "application/json", "x-github-event": "issues" } },
});
