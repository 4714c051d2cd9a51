import type { ServiceInfo } from "@acme/integration-kit";

/** What the kit needs to know about Slack, shared by the v2 `Slack` and `SlackClient`. */
export const slackService: ServiceInfo = { id: "slack", name: "Slack", icon: "slack", tokenEnv: "SLACK_TOKEN" };
