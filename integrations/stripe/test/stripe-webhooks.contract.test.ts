import { describeWebhookContract } from "@acme/integration-kit/testing";
import { stripeSourceReceiver, stripeWebhookReceiver } from "../src/index.js";

const headers = { "content-type": "application/json; charset=utf-8" };
const body = JSON.stringify({
  id: "evt_contract_1",
  object: "event",
  type: "charge.succeeded",
  created: 1_764_547_200,
  data: { object: { id: "ch_contract_1", object: "charge" } },
});

describeWebhookContract({
  name: "Stripe",
  receiver: stripeWebhookReceiver,
  event: { body, headers },
  malformed: { body: "[1, 2]", headers },
  secret: "whsec_stripe_contract_canary",
});

// The same deliveries read as the Trigger.dev events a registered source's triggers run on.
describeWebhookContract({
  name: "Stripe (source)",
  receiver: stripeSourceReceiver,
  event: { body, headers },
  malformed: { body: "[1, 2]", headers },
  secret: "whsec_stripe_contract_canary",
});
