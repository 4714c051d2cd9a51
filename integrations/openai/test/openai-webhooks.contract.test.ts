import { describeWebhookContract } from "@acme/integration-kit/testing";
import { openaiWebhookReceiver } from "../src/index.js";

const headers = { "content-type": "application/json" };
const body = JSON.stringify({
  id: "evt_contract_1",
  object: "event",
  type: "response.completed",
  created_at: 1_764_547_200,
  data: { id: "resp_contract_1" },
});

describeWebhookContract({
  name: "OpenAI",
  receiver: openaiWebhookReceiver,
  event: { body, headers },
  malformed: { body: JSON.stringify({ id: "evt_contract_2", type: "response.completed" }), headers },
});
