import { readFileSync } from "node:fs";
import { declaredTasks, describeSideEffect, TaskGroup, type TaskSpec } from "@acme/integration-kit";
import { describe, expect, it } from "vitest";
import { Slack } from "../src/index.js";
import { bindSlack, TEST_TOKEN, useSlackStandIn } from "./use-slack-stand-in.js";

const standIn = useSlackStandIn();
const view = { type: "modal", title: { type: "plain_text", text: "Hi" }, blocks: [] };

/** Every task with arguments Slack's description accepts, and the methods it must call. */
const cases: Record<string, { params: Record<string, unknown>; calls: string[] }> = {
  "chat.postMessage": { params: { channel: "C1", text: "hi" }, calls: ["chat.postMessage"] },
  "chat.update": { params: { channel: "C1", ts: "1.2", text: "edited" }, calls: ["chat.update"] },
  "chat.delete": { params: { channel: "C1", ts: "1.2" }, calls: ["chat.delete"] },
  "chat.postEphemeral": { params: { channel: "C1", user: "U1", text: "psst" }, calls: ["chat.postEphemeral"] },
  "chat.scheduleMessage": {
    params: { channel: "C1", text: "later", post_at: 1_900_000_000 },
    calls: ["chat.scheduleMessage"],
  },
  "chat.deleteScheduledMessage": {
    params: { channel: "C1", scheduled_message_id: "Q1" },
    calls: ["chat.deleteScheduledMessage"],
  },
  "chat.listScheduledMessages": { params: { channel: "C1" }, calls: ["chat.scheduledMessages.list"] },
  "chat.getPermalink": { params: { channel: "C1", message_ts: "1.2" }, calls: ["chat.getPermalink"] },
  "reactions.add": { params: { channel: "C1", timestamp: "1.2", name: "tada" }, calls: ["reactions.add"] },
  "reactions.remove": { params: { channel: "C1", timestamp: "1.2", name: "tada" }, calls: ["reactions.remove"] },
  "reactions.get": { params: { channel: "C1", timestamp: "1.2" }, calls: ["reactions.get"] },
  "conversations.create": { params: { name: "incidents" }, calls: ["conversations.create"] },
  "conversations.join": { params: { channel: "C1" }, calls: ["conversations.join"] },
  "conversations.invite": { params: { channel: "C1", users: "U1,U2" }, calls: ["conversations.invite"] },
  "conversations.kick": { params: { channel: "C1", user: "U1" }, calls: ["conversations.kick"] },
  "conversations.leave": { params: { channel: "C1" }, calls: ["conversations.leave"] },
  "conversations.open": { params: { users: "U1" }, calls: ["conversations.open"] },
  "conversations.info": { params: { channel: "C1" }, calls: ["conversations.info"] },
  "conversations.list": { params: { types: "public_channel" }, calls: ["conversations.list"] },
  "conversations.history": { params: { channel: "C1" }, calls: ["conversations.history"] },
  "conversations.replies": { params: { channel: "C1", ts: "1.2" }, calls: ["conversations.replies"] },
  "conversations.members": { params: { channel: "C1" }, calls: ["conversations.members"] },
  "conversations.setTopic": { params: { channel: "C1", topic: "On call: Ada" }, calls: ["conversations.setTopic"] },
  "conversations.setPurpose": { params: { channel: "C1", purpose: "Incidents" }, calls: ["conversations.setPurpose"] },
  "conversations.rename": { params: { channel: "C1", name: "incidents-2" }, calls: ["conversations.rename"] },
  "conversations.archive": { params: { channel: "C1" }, calls: ["conversations.archive"] },
  "conversations.unarchive": { params: { channel: "C1" }, calls: ["conversations.unarchive"] },
  "users.info": { params: { user: "U1" }, calls: ["users.info"] },
  "users.lookupByEmail": { params: { email: "ada@example.com" }, calls: ["users.lookupByEmail"] },
  "users.list": { params: {}, calls: ["users.list"] },
  "users.conversations": { params: { user: "U1" }, calls: ["users.conversations"] },
  "users.getPresence": { params: { user: "U1" }, calls: ["users.getPresence"] },
  "files.uploadV2": {
    params: { channel_id: "C1", content: "id,total\n1,42\n", filename: "report.csv", title: "Report" },
    calls: ["files.getUploadURLExternal", "upload", "files.completeUploadExternal"],
  },
  "pins.add": { params: { channel: "C1", timestamp: "1.2" }, calls: ["pins.add"] },
  "pins.remove": { params: { channel: "C1", timestamp: "1.2" }, calls: ["pins.remove"] },
  "pins.list": { params: { channel: "C1" }, calls: ["pins.list"] },
  "views.open": { params: { trigger_id: "12345.98765.abcd", view }, calls: ["views.open"] },
  "views.publish": { params: { user_id: "U1", view: { ...view, type: "home" } }, calls: ["views.publish"] },
  "views.push": { params: { trigger_id: "12345.98765.abcd", view }, calls: ["views.push"] },
  "views.update": { params: { view_id: "V1", view }, calls: ["views.update"] },
  "auth.test": { params: {}, calls: ["auth.test"] },
};

type AnyTask = (key: string, params: unknown) => Promise<unknown>;

/** Every task the class exposes, as `group.task`, found by walking its task groups. */
function exposedTasks(slack: Slack): Map<string, AnyTask & { spec: TaskSpec<unknown, unknown, unknown> }> {
  const tasks = new Map<string, AnyTask & { spec: TaskSpec<unknown, unknown, unknown> }>();
  for (const [name, descriptor] of Object.entries(Object.getOwnPropertyDescriptors(Slack.prototype))) {
    const group: unknown = descriptor.get?.call(slack);
    if (!(group instanceof TaskGroup)) continue;
    for (const [task, spec] of declaredTasks(group)) {
      const run = (group as unknown as Record<string, AnyTask>)[task] as AnyTask;
      tasks.set(
        `${name}.${task}`,
        Object.assign((key: string, params: unknown) => run(key, params), { spec }),
      );
    }
  }
  return tasks;
}

/** The README's task table: task, Slack method, what it does, and its side effect on a retry. */
function readmeRows(): Map<string, string> {
  const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
  const rows = [...readme.matchAll(/^\| `(\w+\.\w+)\(.*\|\s*(\S[^|]*?)\s*\|$/gm)];
  return new Map(rows.map((match) => [match[1] ?? "", match[2] ?? ""]));
}

describe("Slack tasks against the Web API stand-in", () => {
  const names = [...exposedTasks(new Slack({ id: "slack" })).keys()];

  it("exposes at least 25 tasks, each with a test case below", () => {
    expect(names.length).toBeGreaterThanOrEqual(25);
    expect(names.sort()).toEqual(Object.keys(cases).sort());
  });

  it("lists exactly the exposed tasks in the README table, each with its declared side effect", () => {
    const declared = [...exposedTasks(new Slack({ id: "slack" }))].map(([name, task]) => [
      name,
      describeSideEffect(task.spec.sideEffect),
    ]);
    expect(Object.fromEntries(readmeRows())).toEqual(Object.fromEntries(declared));
  });

  it("declares a side effect for every task: reads none, creates checked or not retried after a lost answer", () => {
    const effects = Object.fromEntries(
      [...exposedTasks(new Slack({ id: "slack" }))].map(([name, task]) => [
        name,
        describeSideEffect(task.spec.sideEffect),
      ]),
    );
    expect(effects["chat.postMessage"]).toBe("checked (message)");
    for (const read of ["conversations.history", "users.info", "auth.test", "pins.list", "reactions.get"])
      expect(effects[read], read).toBe("none");
    for (const create of ["conversations.create", "files.uploadV2", "chat.postEphemeral", "chat.scheduleMessage"])
      expect(effects[create], create).toBe("unchecked");
  });

  it.each(Object.entries(cases))("%s calls Slack and answers its JSON response", async (name, { params, calls }) => {
    const { slack, tasks } = bindSlack(standIn());
    const task = exposedTasks(slack).get(name);
    expect(task, `${name} is exposed`).toBeDefined();
    const output = (await task?.("task-key", params)) as Record<string, unknown>;

    expect(standIn().requests.map((r) => r.method)).toEqual(calls);
    expect(standIn().requests.every((r) => r.outcome === "ok" || r.outcome === 200)).toBe(true);
    expect(output.ok).toBe(true);
    expect(JSON.parse(JSON.stringify(output))).toEqual(output);

    const [recorded] = tasks;
    expect(recorded?.key).toBe("task-key");
    expect(recorded?.options?.name).toMatch(/^([A-Z][a-z]*)( [A-Z][a-z]*)*$/);
    expect(recorded?.options?.icon).toBe("slack");
    expect(recorded?.options?.properties?.[0]).toEqual({
      label: "Method",
      text: name === "files.uploadV2" ? "files.uploadV2" : calls[0],
    });
    expect(recorded?.output).toEqual(output);
  });

  it("shows channel, message and user as dashboard properties", async () => {
    const { slack, tasks } = bindSlack(standIn());
    await slack.reactions.add("react", { channel: "C42", timestamp: "1700000000.000100", name: "eyes" });
    await slack.conversations.kick("kick", { channel: "C42", user: "U7" });
    expect(tasks[0]?.options?.properties).toEqual([
      { label: "Method", text: "reactions.add" },
      { label: "Channel", text: "C42" },
      { label: "Message", text: "1700000000.000100" },
      { label: "Name", text: "eyes" },
    ]);
    expect(tasks[1]?.options?.properties).toContainEqual({ label: "User", text: "U7" });
  });

  it("keeps a file's bytes and any token out of the task's params", async () => {
    const { slack, tasks } = bindSlack(standIn());
    const file = Buffer.from("x".repeat(2048));
    const params = { channel_id: "C1", file, filename: "blob.bin", token: "xoxb-slipped-in" };
    await slack.files.uploadV2("upload", params as unknown as Parameters<typeof slack.files.uploadV2>[1]);
    expect(tasks[0]?.options?.params).toEqual({
      channel_id: "C1",
      file: "<2048 bytes>",
      filename: "blob.bin",
      token: "[REDACTED]",
    });
    expect(standIn().requests.map((r) => r.token)).not.toContain("xoxb-slipped-in");
    expect(standIn().requests.map((r) => r.token)).toContain(TEST_TOKEN);
  });

  it("keeps the flat names of @trigger.dev/slack", async () => {
    const { slack, tasks } = bindSlack(standIn());
    const posted = await slack.postMessage("post", { channel: "C9", text: "hello" });
    const joined = await slack.joinConversation("join", { channel: "C9" });
    expect(posted).toMatchObject({ ok: true, channel: "C9" });
    expect(joined).toMatchObject({ ok: true });
    expect(tasks.map((t) => t.options?.name)).toEqual(["Post Message", "Join Channel"]);
  });
});
