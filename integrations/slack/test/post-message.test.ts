import { ServiceError } from "@acme/integration-kit";
import { describe, expect, it } from "vitest";
import { bindSlack, useSlackStandIn } from "./use-slack-stand-in.js";

const standIn = useSlackStandIn();

describe("postMessage on not_in_channel", () => {
  it("joins the channel and posts again, as two subtasks, exactly once", async () => {
    standIn().failNext("chat.postMessage", { error: "not_in_channel" });
    const { slack, tasks } = bindSlack(standIn());
    const result = await slack.chat.postMessage("notify", { channel: "C0PUBLIC", text: "Build green" });

    expect(standIn().requests.map((r) => `${r.method}:${r.outcome}`)).toEqual([
      "chat.postMessage:not_in_channel",
      "conversations.join:ok",
      "chat.postMessage:ok",
    ]);
    expect(standIn().requests[1]?.params).toEqual({ channel: "C0PUBLIC" });
    expect(standIn().requests[2]?.params).toMatchObject({ channel: "C0PUBLIC", text: "Build green" });
    expect(tasks.map((t) => [t.key, t.options?.name, t.status])).toEqual([
      ["notify", "Post Message", "completed"],
      ["join-channel", "Join Channel", "completed"],
      ["post-after-join", "Post Message", "completed"],
    ]);
    expect(result).toMatchObject({ ok: true, channel: "C0PUBLIC" });
  });

  it("does the same through the flat postMessage of @trigger.dev/slack", async () => {
    standIn().failNext("chat.postMessage", { error: "not_in_channel" });
    const { slack } = bindSlack(standIn());
    await slack.postMessage("notify", { channel: "C0PUBLIC", text: "hi" });
    expect(standIn().requests.map((r) => r.method)).toEqual([
      "chat.postMessage",
      "conversations.join",
      "chat.postMessage",
    ]);
  });

  it("fails without retrying when the second post is refused too", async () => {
    standIn().failNext("chat.postMessage", { error: "not_in_channel" }, 2);
    const { slack, tasks } = bindSlack(standIn());
    const error = await slack.chat.postMessage("notify", { channel: "C0", text: "hi" }).catch((e: unknown) => e);

    expect(standIn().requests.map((r) => r.method)).toEqual([
      "chat.postMessage",
      "conversations.join",
      "chat.postMessage",
    ]);
    expect(error).toBeInstanceOf(ServiceError);
    expect((error as ServiceError).serviceCode).toBe("not_in_channel");
    expect((error as Error).message).toMatch(/Invite the app to the channel/);
    expect(tasks[0]?.answer).toMatchObject({ skipRetrying: true });
  });

  it("does not post again when the channel cannot be joined (a private channel)", async () => {
    standIn().failNext("chat.postMessage", { error: "not_in_channel" });
    standIn().failNext("conversations.join", { error: "method_not_supported_for_channel_type" });
    const { slack, tasks } = bindSlack(standIn());
    const error = await slack.chat.postMessage("notify", { channel: "G0PRIVATE", text: "hi" }).catch((e: unknown) => e);

    expect(standIn().requests.map((r) => r.method)).toEqual(["chat.postMessage", "conversations.join"]);
    expect((error as ServiceError).serviceCode).toBe("method_not_supported_for_channel_type");
    expect(tasks.map((t) => t.status)).toEqual(["failed", "failed"]);
    expect(tasks[0]?.answer).toMatchObject({ skipRetrying: true });
  });

  it("leaves other errors alone: no join", async () => {
    standIn().failNext("chat.postMessage", { error: "channel_not_found" });
    const { slack } = bindSlack(standIn());
    await expect(slack.chat.postMessage("notify", { channel: "C404", text: "hi" })).rejects.toThrow(
      /channel_not_found/,
    );
    expect(standIn().requests.map((r) => r.method)).toEqual(["chat.postMessage"]);
  });
});
