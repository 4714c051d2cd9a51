export * from "@acme/integration-kit/client";
export { SlackClient, type SlackClientOptions } from "./slack-client.js";
