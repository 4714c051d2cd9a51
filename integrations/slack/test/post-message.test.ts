import { ServiceError } from "@acme/integration-kit";
import { type RecordedRequest, useRecordingServer } from "@acme/integration-kit/testing";
import { describe, expect, it } from "vitest";
import { bindSlack, useSlackStandIn } from "./use-slack-stand-in.js";

const standIn = useSlackStandIn();

/** The `metadata` argument a stand-in request carried, parsed. */
const metadataOf = (index: number) => JSON.parse(standIn().requests[index]?.params.metadata ?? "null");

describe("postMessage on not_in_channel", () => {
  it("joins the channel as a subtask and posts again, exactly once", async () => {
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
    // Both posts carry the one task's marker, so a retry of the task finds whichever landed.
    expect(metadataOf(2)).toEqual(metadataOf(0));
    expect(tasks.map((t) => [t.key, t.options?.name, t.status])).toEqual([
      ["notify", "Post Message", "completed"],
      ["join-channel", "Join Channel", "completed"],
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

describe("postMessage marks each message so a retry can find it", () => {
  it("puts the task's idempotency key in the message metadata", async () => {
    const { slack } = bindSlack(standIn(), { attempt: 1 });
    await slack.chat.postMessage("notify", { channel: "C0123", text: "hi" });
    expect(metadataOf(0)).toEqual({
      event_type: "trigger_idempotency",
      event_payload: { idempotency_key: "retry:notify" },
    });
  });

  it("adds the key to the caller's own metadata, keeping its event type and payload", async () => {
    const { slack } = bindSlack(standIn(), { attempt: 1 });
    const metadata = { event_type: "deploy_finished", event_payload: { version: "1.2.0" } };
    await slack.chat.postMessage("notify", { channel: "C0123", text: "hi", metadata });
    expect(metadataOf(0)).toEqual({
      event_type: "deploy_finished",
      event_payload: { version: "1.2.0", idempotency_key: "retry:notify" },
    });
  });

  it("posts at once on a first try, reading no history", async () => {
    const { slack } = bindSlack(standIn(), { attempt: 1 });
    await slack.chat.postMessage("notify", { channel: "C0123", text: "hi" });
    expect(standIn().requests.map((r) => r.method)).toEqual(["chat.postMessage"]);
  });

  it("on a retry, reads the channel's recent messages with their metadata, then posts when none is its own", async () => {
    const { slack } = bindSlack(standIn(), { attempt: 2 });
    const result = await slack.chat.postMessage("notify", { channel: "C0123", text: "hi" });
    expect(standIn().requests.map((r) => r.method)).toEqual(["conversations.history", "chat.postMessage"]);
    expect(standIn().requests[0]?.params).toEqual({ channel: "C0123", limit: "200", include_all_metadata: "true" });
    expect(result).toMatchObject({ ok: true, channel: "C0123" });
  });

  it("on a retry of a reply, reads the thread's recent replies instead", async () => {
    const { slack } = bindSlack(standIn(), { attempt: 2 });
    const before = Math.floor(Date.now() / 1000);
    await slack.chat.postMessage("notify", { channel: "C0123", thread_ts: "1700000000.000100", text: "hi" });
    expect(standIn().requests.map((r) => r.method)).toEqual(["conversations.replies", "chat.postMessage"]);
    const params = standIn().requests[0]?.params ?? {};
    expect(params).toMatchObject({ channel: "C0123", ts: "1700000000.000100", include_all_metadata: "true" });
    expect(Number(params.oldest)).toBeGreaterThanOrEqual(before - 86_400);
    expect(Number(params.oldest)).toBeLessThanOrEqual(before - 86_400 + 5);
  });

  it("on a retry of a DM to a user ID, reads the DM Slack already has with that user", async () => {
    const { slack } = bindSlack(standIn(), { attempt: 2 });
    await slack.chat.postMessage("notify", { channel: "U0123ADA", text: "hi" });
    expect(standIn().requests.map((r) => r.method)).toEqual([
      "conversations.open",
      "conversations.history",
      "chat.postMessage",
    ]);
    expect(standIn().requests[0]?.params).toEqual({ users: "U0123ADA" });
    expect(standIn().requests[1]?.params.channel).toMatch(/^D/);
    expect(standIn().requests[2]?.params.channel).toBe("U0123ADA");
  });

  it("on a retry to a channel name, fails without posting, saying the message may exist", async () => {
    const { slack, tasks } = bindSlack(standIn(), { attempt: 2 });
    const error = await slack.chat.postMessage("notify", { channel: "#general", text: "hi" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ServiceError);
    expect((error as Error).message).toMatch(/the message may already have been posted.*"#general"/);
    expect((error as Error).message).toMatch(/Pass the channel's ID/);
    expect(tasks[0]?.answer).toMatchObject({ skipRetrying: true });
    expect(standIn().requests).toHaveLength(0);
  });
});

describe("postMessage retried after Slack posted but its answer was lost", () => {
  const server = useRecordingServer();
  const argsOf = (request: RecordedRequest | undefined) => Object.fromEntries(new URLSearchParams(request?.body));
  const earlier = {
    type: "message",
    ts: "1700000000.000200",
    text: "hi",
    metadata: { event_type: "trigger_idempotency", event_payload: { idempotency_key: "retry:notify" } },
  };

  it("answers the message the first try posted, and posts nothing", async () => {
    server().respondWith((request) =>
      request.url.endsWith("/conversations.history")
        ? { body: { ok: true, messages: [{ type: "message", ts: "1700000000.000300", text: "later" }, earlier] } }
        : { body: { ok: true } },
    );
    const { slack, tasks } = bindSlack(undefined, { attempt: 2, apiUrl: `${server().url}/api/` });
    const result = await slack.chat.postMessage("notify", { channel: "C0123", text: "hi" });

    expect(server().requests.map((r) => r.url)).toEqual(["/api/conversations.history"]);
    expect(argsOf(server().requests[0])).toMatchObject({ include_all_metadata: "true", limit: "200" });
    expect(result).toEqual({ ok: true, channel: "C0123", ts: earlier.ts, message: earlier });
    expect(tasks[0]?.output).toEqual(result);
  });

  it("posts when the only marked message is another task's", async () => {
    const other = { ...earlier, metadata: { ...earlier.metadata, event_payload: { idempotency_key: "retry:other" } } };
    server().respondWith((request) =>
      request.url.endsWith("/conversations.history")
        ? { body: { ok: true, messages: [other] } }
        : { body: { ok: true, channel: "C0123", ts: "1700000000.000400" } },
    );
    const { slack } = bindSlack(undefined, { attempt: 2, apiUrl: `${server().url}/api/` });
    const result = await slack.chat.postMessage("notify", { channel: "C0123", text: "hi" });
    expect(server().requests.map((r) => r.url)).toEqual(["/api/conversations.history", "/api/chat.postMessage"]);
    expect(result).toMatchObject({ ts: "1700000000.000400" });
  });
});
