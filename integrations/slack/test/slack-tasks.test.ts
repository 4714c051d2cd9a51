import { readFileSync } from "node:fs";
import { declaredTasks, describeSideEffect, TaskGroup, type TaskSpec } from "@acme/integration-kit";
import { describe, expect, it } from "vitest";
import { Slack } from "../src/index.js";
import { taskCases as cases } from "./task-cases.js";
import { bindSlack, TEST_TOKEN, useSlackStandIn } from "./use-slack-stand-in.js";

const standIn = useSlackStandIn();

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
