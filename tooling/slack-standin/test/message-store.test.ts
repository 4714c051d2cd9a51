import { ErrorCode, LogLevel, type WebAPIPlatformError, WebAPIRequestError, WebClient } from "@slack/web-api";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type SlackStandIn, startSlackStandIn } from "../src/index.js";

let standIn: SlackStandIn;
beforeAll(async () => {
  standIn = await startSlackStandIn();
});
afterAll(() => standIn.close());
beforeEach(() => standIn.reset());

/** WebClient as the integrations configure it: no retries of its own. */
const client = (timeout?: number) =>
  new WebClient("xoxb-stand-in-test", {
    slackApiUrl: standIn.apiUrl,
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
    logLevel: LogLevel.ERROR,
    ...(timeout ? { timeout } : {}),
  });

const failureOf = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (error: unknown) => error,
  );

const marker = (key: string) => ({ event_type: "acme_task", event_payload: { idempotency_key: key } });
/** The idempotency key a message's metadata carries, as history shows it. */
const keyOf = (message: { metadata?: { event_payload?: object } }) =>
  (message.metadata?.event_payload as { idempotency_key?: string } | undefined)?.idempotency_key;

describe("messages are state", () => {
  it("answers chat.postMessage with the stored message, each with a new increasing ts", async () => {
    const first = await client().chat.postMessage({ channel: "C1", text: "one", metadata: marker("k1") });
    const second = await client().chat.postMessage({ channel: "C1", text: "two" });
    expect(first).toMatchObject({ ok: true, channel: "C1", message: { type: "message", text: "one", ts: first.ts } });
    expect(first.message?.metadata).toEqual(marker("k1"));
    expect(Number(second.ts)).toBeGreaterThan(Number(first.ts));
    expect(standIn.messages("C1")).toEqual([
      expect.objectContaining({ ts: first.ts, text: "one", metadata: marker("k1") }),
      expect.objectContaining({ ts: second.ts, text: "two" }),
    ]);
    expect(standIn.messages("C1")[1]).not.toHaveProperty("metadata");
    expect(standIn.messages("C2")).toEqual([]);
  });

  it("stores metadata sent in a JSON body too", async () => {
    const response = await fetch(`${standIn.apiUrl}chat.postMessage`, {
      method: "POST",
      headers: { authorization: "Bearer xoxb-json", "content-type": "application/json; charset=utf-8" },
      body: JSON.stringify({ channel: "C1", text: "json", metadata: marker("k-json") }),
    });
    expect(await response.json()).toMatchObject({ ok: true, message: { metadata: marker("k-json") } });
    expect(standIn.messages("C1")[0]?.metadata).toEqual(marker("k-json"));
  });

  it("refuses metadata that is not { event_type, event_payload }", async () => {
    const error = await failureOf(client().apiCall("chat.postMessage", { channel: "C1", text: "x", metadata: "{}" }));
    expect((error as WebAPIPlatformError).data.error).toBe("invalid_metadata_format");
    expect(standIn.messages("C1")).toEqual([]);
  });

  it("serves conversations.history newest first, with metadata only when include_all_metadata is set", async () => {
    for (const text of ["a", "b", "c"])
      await client().chat.postMessage({ channel: "C1", text, metadata: marker(text) });
    const plain = await client().conversations.history({ channel: "C1" });
    expect(plain.messages?.map((m) => m.text)).toEqual(["c", "b", "a"]);
    expect(plain.messages?.some((m) => "metadata" in m)).toBe(false);
    expect(plain).toMatchObject({ has_more: false, response_metadata: { next_cursor: "" } });
    const full = await client().conversations.history({ channel: "C1", include_all_metadata: true });
    expect(full.messages?.map((m) => m.metadata?.event_payload)).toEqual([
      { idempotency_key: "c" },
      { idempotency_key: "b" },
      { idempotency_key: "a" },
    ]);
  });

  it("pages history by limit and cursor, and bounds it by oldest, latest and inclusive", async () => {
    const posted: string[] = [];
    for (const text of ["1", "2", "3", "4", "5"])
      posted.push((await client().chat.postMessage({ channel: "C1", text })).ts ?? "");
    const pages: string[][] = [];
    let cursor: string | undefined;
    do {
      const page = await client().conversations.history({ channel: "C1", limit: 2, cursor });
      pages.push((page.messages ?? []).map((m) => m.text ?? ""));
      expect(page.has_more).toBe(Boolean(page.response_metadata?.next_cursor));
      cursor = page.response_metadata?.next_cursor || undefined;
    } while (cursor);
    expect(pages).toEqual([["5", "4"], ["3", "2"], ["1"]]);

    const between = await client().conversations.history({ channel: "C1", oldest: posted[1], latest: posted[3] });
    expect(between.messages?.map((m) => m.text)).toEqual(["3"]);
    const inclusive = await client().conversations.history({
      channel: "C1",
      oldest: posted[1],
      latest: posted[3],
      inclusive: true,
    });
    expect(inclusive.messages?.map((m) => m.text)).toEqual(["4", "3", "2"]);

    const badCursor = await failureOf(client().conversations.history({ channel: "C1", cursor: "bm9wZQ==" }));
    expect((badCursor as WebAPIPlatformError).data.error).toBe("invalid_cursor");
    const badOldest = await failureOf(client().conversations.history({ channel: "C1", oldest: "yesterday" }));
    expect((badOldest as WebAPIPlatformError).data.error).toBe("invalid_ts_oldest");
  });

  it("keeps thread replies out of history and serves them with conversations.replies, parent first", async () => {
    const parent = await client().chat.postMessage({ channel: "C1", text: "parent" });
    const one = await client().chat.postMessage({
      channel: "C1",
      text: "r1",
      thread_ts: parent.ts,
      metadata: marker("r1"),
    });
    await client().chat.postMessage({ channel: "C1", text: "r2", thread_ts: parent.ts });
    await client().chat.postMessage({ channel: "C1", text: "after" });

    const history = await client().conversations.history({ channel: "C1" });
    expect(history.messages?.map((m) => m.text)).toEqual(["after", "parent"]);
    expect(history.messages?.[1]).toMatchObject({ thread_ts: parent.ts, reply_count: 2 });

    const thread = await client().conversations.replies({ channel: "C1", ts: parent.ts ?? "" });
    expect(thread.messages?.map((m) => [m.text, m.thread_ts])).toEqual([
      ["parent", parent.ts],
      ["r1", parent.ts],
      ["r2", parent.ts],
    ]);
    expect(thread.messages?.some((m) => "metadata" in m)).toBe(false);
    const fromReply = await client().conversations.replies({
      channel: "C1",
      ts: one.ts ?? "",
      include_all_metadata: true,
    });
    expect(fromReply.messages?.map((m) => keyOf(m))).toEqual([undefined, "r1", undefined]);

    const paged = await client().conversations.replies({ channel: "C1", ts: parent.ts ?? "", limit: 2 });
    expect(paged.messages?.map((m) => m.text)).toEqual(["parent", "r1"]);
    const rest = await client().conversations.replies({
      channel: "C1",
      ts: parent.ts ?? "",
      cursor: paged.response_metadata?.next_cursor,
    });
    expect(rest.messages?.map((m) => m.text)).toEqual(["r2"]);

    const missing = await failureOf(client().conversations.replies({ channel: "C1", ts: "1.000001" }));
    expect((missing as WebAPIPlatformError).data.error).toBe("thread_not_found");
  });

  it("answers the description's examples for channels without stored messages", async () => {
    await client().chat.postMessage({ channel: "C1", text: "elsewhere" });
    const history = await client().conversations.history({ channel: "C9" });
    expect(history.messages?.[0]?.text).toBe("I find you punny and would like to smell your nose letter");
    const replies = await client().conversations.replies({ channel: "C9", ts: "1.2" });
    expect(replies.messages?.[0]?.text).toBe("island");
  });
});

describe("answers lost after the work was done", () => {
  it("loseResponse stores the message, then drops the connection: the client sees a network error", async () => {
    standIn.failNext("chat.postMessage", { loseResponse: true });
    const error = await failureOf(client().chat.postMessage({ channel: "C1", text: "once", metadata: marker("k1") }));
    expect(error).toBeInstanceOf(WebAPIRequestError);
    expect((error as WebAPIRequestError).code).toBe(ErrorCode.RequestError);
    expect(standIn.messages("C1")).toEqual([expect.objectContaining({ text: "once", metadata: marker("k1") })]);
    expect(standIn.requests.map((r) => [r.method, r.outcome, r.delivery])).toEqual([
      ["chat.postMessage", "ok", "lost"],
    ]);

    // What a retry can do: find the first attempt's message by its marker instead of posting again.
    const history = await client().conversations.history({ channel: "C1", include_all_metadata: true });
    expect(history.messages?.filter((m) => keyOf(m) === "k1")).toHaveLength(1);
    await expect(client().chat.postMessage({ channel: "C1", text: "next" })).resolves.toMatchObject({ ok: true });
  });

  it("slowResponse stores the message and answers late, so a client timeout fails a call that happened", async () => {
    standIn.failNext("chat.postMessage", { slowResponse: 1_000 });
    const started = Date.now();
    const error = await failureOf(client(200).chat.postMessage({ channel: "C1", text: "late" }));
    expect(Date.now() - started).toBeLessThan(900);
    expect(error).toBeInstanceOf(WebAPIRequestError);
    expect(standIn.messages("C1").map((m) => m.text)).toEqual(["late"]);
    expect(standIn.requests[0]?.delivery).toBe("delayed");

    standIn.failNext("chat.postMessage", { slowResponse: 300 });
    const patient = Date.now();
    await expect(client().chat.postMessage({ channel: "C1", text: "waited" })).resolves.toMatchObject({ ok: true });
    expect(Date.now() - patient).toBeGreaterThanOrEqual(290);
  });
});
