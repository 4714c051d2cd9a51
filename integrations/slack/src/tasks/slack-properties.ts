import type { TaskProperty } from "@acme/integration-kit";

/** Arguments worth seeing at a glance in the dashboard, in display order. */
const LABELS: Readonly<Record<string, string>> = {
  channel: "Channel",
  channel_id: "Channel",
  ts: "Message",
  message_ts: "Message",
  timestamp: "Message",
  thread_ts: "Thread",
  user: "User",
  user_id: "User",
  users: "Users",
  email: "Email",
  name: "Name",
};

/** The dashboard properties of a Slack task: its Web API method, then the channel, message and user it is about. */
export function slackProperties(method: string): (params: unknown) => TaskProperty[] {
  return (params) => {
    const properties: TaskProperty[] = [["Method", method]];
    if (!params || typeof params !== "object") return properties;
    const record = params as Record<string, unknown>;
    for (const [key, label] of Object.entries(LABELS)) {
      const value = record[key];
      if (typeof value === "string" || typeof value === "number") properties.push([label, value]);
    }
    return properties;
  };
}
