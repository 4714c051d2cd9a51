export { Slack, type SlackOptions } from "./slack.js";
