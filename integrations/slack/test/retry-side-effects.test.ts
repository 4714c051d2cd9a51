import { ServiceError } from "@acme/integration-kit";
import { describe, expect, it } from "vitest";
import { bindSlack, useSlackStandIn } from "./use-slack-stand-in.js";

const standIn = useSlackStandIn();

describe("a retry meeting its own first try's work", () => {
  it.each([
    ["reactions.add", "already_reacted", { channel: "C1", timestamp: "1.2", name: "eyes" }],
    ["reactions.remove", "no_reaction", { channel: "C1", timestamp: "1.2", name: "eyes" }],
    ["pins.add", "already_pinned", { channel: "C1", timestamp: "1.2" }],
    ["pins.remove", "not_pinned", { channel: "C1", timestamp: "1.2" }],
    ["conversations.archive", "already_archived", { channel: "C1" }],
    ["conversations.unarchive", "not_archived", { channel: "C1" }],
    ["conversations.kick", "not_in_channel", { channel: "C1", user: "U1" }],
    ["chat.deleteScheduledMessage", "invalid_scheduled_message_id", { channel: "C1", scheduled_message_id: "Q1" }],
  ])("%s: %s on a retry is the success the first try had", async (method, code, params) => {
    const [group = "", task = ""] = method.split(".");
    standIn().failNext(method, { error: code });
    const { slack, tasks } = bindSlack(standIn(), { attempt: 2 });
    const run = (slack as unknown as Record<string, Record<string, (k: string, p: unknown) => Promise<unknown>>>)[
      group
    ]?.[task];
    await expect(run?.("again", params)).resolves.toEqual({ ok: true });
    expect(tasks[0]?.status).toBe("completed");
  });

  it("but on a first try the same answer is the caller's error", async () => {
    standIn().failNext("reactions.add", { error: "already_reacted" });
    const { slack, tasks } = bindSlack(standIn(), { attempt: 1 });
    const error = await slack.reactions
      .add("react", { channel: "C1", timestamp: "1.2", name: "eyes" })
      .catch((e: unknown) => e);
    expect((error as ServiceError).serviceCode).toBe("already_reacted");
    expect(tasks[0]?.answer).toMatchObject({ skipRetrying: true });
  });

  it("chat.delete: message_not_found on a retry answers the deleted message", async () => {
    standIn().failNext("chat.delete", { error: "message_not_found" });
    const { slack } = bindSlack(standIn(), { attempt: 2 });
    await expect(slack.chat.delete("delete", { channel: "C1", ts: "1.2" })).resolves.toEqual({
      ok: true,
      channel: "C1",
      ts: "1.2",
    });
  });

  it("conversations.invite: already_in_channel on a retry answers the channel, read back", async () => {
    standIn().failNext("conversations.invite", { error: "already_in_channel" });
    const { slack } = bindSlack(standIn(), { attempt: 2 });
    const result = await slack.conversations.invite("invite", { channel: "C1", users: "U1" });
    expect(standIn().requests.map((r) => r.method)).toEqual(["conversations.invite", "conversations.info"]);
    expect(result).toMatchObject({ ok: true, channel: { id: expect.any(String) } });
  });

  it("conversations.rename: name_taken on a retry stands unless the channel has that name", async () => {
    standIn().failNext("conversations.rename", { error: "name_taken" });
    const { slack } = bindSlack(standIn(), { attempt: 2 });
    // The stand-in's channel is named "general", not "incidents".
    const error = await slack.conversations
      .rename("rename", { channel: "C1", name: "incidents" })
      .catch((e: unknown) => e);
    expect((error as ServiceError).serviceCode).toBe("name_taken");
    expect(standIn().requests.map((r) => r.method)).toEqual(["conversations.rename", "conversations.info"]);

    standIn().failNext("conversations.rename", { error: "name_taken" });
    const renamed = await slack.conversations.rename("rename-2", { channel: "C1", name: "general" });
    expect(renamed).toMatchObject({ ok: true, channel: { name: "general" } });
  });
});

describe("a create no lookup can find, whose answer was lost", () => {
  it.each([
    ["conversations.create", { name: "incidents" }],
    ["files.uploadV2", { channel_id: "C1", content: "x", filename: "x.txt" }],
  ])("%s is not retried, and says the effect may exist", async (method, params) => {
    standIn().failNext("*", { disconnect: true });
    const { slack, tasks } = bindSlack(standIn(), { attempt: 1 });
    const [group = "", task = ""] = method === "files.uploadV2" ? ["files", "uploadV2"] : ["conversations", "create"];
    const run = (slack as unknown as Record<string, Record<string, (k: string, p: unknown) => Promise<unknown>>>)[
      group
    ]?.[task];
    const error = await run?.("create", params).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ServiceError);
    expect((error as Error).message).toMatch(/may already have acted on it.*Not retried, so it cannot happen twice/);
    expect(tasks[0]?.answer).toMatchObject({ skipRetrying: true });
  });

  it("a read whose answer was lost is still retried", async () => {
    standIn().failNext("*", { disconnect: true });
    const { slack, tasks } = bindSlack(standIn());
    await slack.conversations.info("info", { channel: "C1" }).catch(() => undefined);
    expect(tasks[0]?.status).toBe("failed");
    expect(tasks[0]?.answer).toBeUndefined();
  });
});
