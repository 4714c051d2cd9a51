import { spawn } from "node:child_process";
import { once } from "node:events";
import {
  ErrorCode,
  LogLevel,
  WebAPIHTTPError,
  WebAPIPlatformError,
  WebAPIRateLimitedError,
  WebAPIRequestError,
  WebClient,
} from "@slack/web-api";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type SlackStandIn, startSlackStandIn } from "../src/index.js";

let standIn: SlackStandIn;
beforeAll(async () => {
  standIn = await startSlackStandIn();
});
afterAll(() => standIn.close());
beforeEach(() => standIn.reset());

const client = (token = "xoxb-stand-in-test") =>
  new WebClient(token, {
    slackApiUrl: standIn.apiUrl,
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
    logLevel: LogLevel.ERROR,
  });

const failureOf = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (error: unknown) => error,
  );

describe("the Slack Web API stand-in", () => {
  it("serves the methods of Slack's description plus the upload methods", () => {
    expect(standIn.methods.size).toBeGreaterThanOrEqual(95);
    expect(standIn.methods.get("chat.postMessage")?.required).toEqual(["channel"]);
    expect(standIn.methods.has("files.getUploadURLExternal")).toBe(true);
  });

  it("answers with the description's example, echoing the channel, and records the call", async () => {
    const result = await client().conversations.join({ channel: "C0TEST" });
    expect(result.ok).toBe(true);
    expect(result.channel?.id).toBe("C061EG9SL");
    expect(result.response_metadata?.acceptedScopes).toEqual(["channels:write"]);
    expect(standIn.requests).toEqual([
      { method: "conversations.join", params: { channel: "C0TEST" }, token: "xoxb-stand-in-test", outcome: "ok" },
    ]);
  });

  it("answers not_authed without a token and invalid_auth for a token it does not accept", async () => {
    const noToken = await failureOf(new WebClient(undefined, { slackApiUrl: standIn.apiUrl }).auth.test());
    expect((noToken as WebAPIPlatformError).data.error).toBe("not_authed");
    const badToken = await failureOf(client("not-a-slack-token").auth.test());
    expect((badToken as WebAPIPlatformError).data.error).toBe("invalid_auth");
  });

  it("rejects a call without a required argument the way Slack does", async () => {
    const error = await failureOf(client().apiCall("reactions.add", { channel: "C1", name: "tada" }));
    expect(error).toBeInstanceOf(WebAPIPlatformError);
    expect((error as WebAPIPlatformError).data).toMatchObject({
      error: "invalid_arguments",
      response_metadata: { messages: ["[ERROR] missing required field: timestamp"] },
    });
  });

  it("answers unknown_method for a method Slack does not have", async () => {
    const error = await failureOf(client().apiCall("chat.teleport", {}));
    expect((error as WebAPIPlatformError).data.error).toBe("unknown_method");
  });

  it("pages a list method by cursor until next_cursor is empty", async () => {
    const ids: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await client().users.list({ limit: 2, cursor });
      ids.push(...(page.members ?? []).map((member) => member.id ?? ""));
      cursor = page.response_metadata?.next_cursor || undefined;
      pages += 1;
    } while (cursor);
    expect(pages).toBe(3);
    expect(new Set(ids).size).toBe(5);
    const stale = await failureOf(client().users.list({ cursor: "bm9wZQ==" }));
    expect((stale as WebAPIPlatformError).data.error).toBe("invalid_cursor");
  });

  it("fails the next call with a Slack error, then answers normally", async () => {
    standIn.failNext("chat.postMessage", { error: "not_in_channel" });
    const error = await failureOf(client().chat.postMessage({ channel: "C1", text: "hi" }));
    expect((error as WebAPIPlatformError).data).toMatchObject({ ok: false, error: "not_in_channel" });
    await expect(client().chat.postMessage({ channel: "C1", text: "hi" })).resolves.toMatchObject({ ok: true });
  });

  it("reports the needed and provided scopes with missing_scope", async () => {
    standIn.failNext("*", { error: "missing_scope", needed: "chat:write", provided: "channels:read" });
    const error = await failureOf(client().chat.postMessage({ channel: "C1", text: "hi" }));
    expect((error as WebAPIPlatformError).data).toMatchObject({ needed: "chat:write", provided: "channels:read" });
  });

  it("rate limits with HTTP 429 and Retry-After", async () => {
    standIn.failNext("auth.test", { error: "ratelimited", retryAfter: 42 });
    const error = await failureOf(client().auth.test());
    expect(error).toBeInstanceOf(WebAPIRateLimitedError);
    expect((error as WebAPIRateLimitedError).retryAfter).toBe(42);
  });

  it("answers a server error and drops connections on demand", async () => {
    standIn.failNext("auth.test", { status: 503 });
    const serverError = await failureOf(client().auth.test());
    expect(serverError).toBeInstanceOf(WebAPIHTTPError);
    expect((serverError as WebAPIHTTPError).statusCode).toBe(503);
    standIn.failNext("auth.test", { disconnect: true });
    const dropped = await failureOf(client().auth.test());
    expect(dropped).toBeInstanceOf(WebAPIRequestError);
    expect((dropped as WebAPIRequestError).code).toBe(ErrorCode.RequestError);
  });

  it("carries a files.uploadV2 through its three steps", async () => {
    const result = await client().files.uploadV2({ channel_id: "C1", content: "hello", filename: "hello.txt" });
    expect(result.ok).toBe(true);
    expect(standIn.requests.map((r) => r.method)).toEqual([
      "files.getUploadURLExternal",
      "upload",
      "files.completeUploadExternal",
    ]);
    expect(standIn.requests[0]?.params).toMatchObject({ filename: "hello.txt", length: "5" });
  });
});

describe("the slack-standin command", () => {
  // tsx compiles the CLI from source in a child process: seconds on a loaded 2-core machine.
  it("serves the stand-in on the given port until stopped", { timeout: 60_000 }, async () => {
    const probe = await startSlackStandIn();
    const { url } = probe;
    await probe.close();
    const port = new URL(url).port;
    // From source through tsx, so the test does not depend on a build having run first.
    const child = spawn(process.execPath, ["--import", "tsx", "src/cli.ts", "--port", port], {
      stdio: ["ignore", "pipe", "inherit"],
    });
    try {
      const [line] = (await once(child.stdout, "data")) as [Buffer];
      expect(line.toString()).toContain(`http://127.0.0.1:${port}/api/`);
      const result = await new WebClient("xoxb-cli", { slackApiUrl: `http://127.0.0.1:${port}/api/` }).auth.test();
      expect(result.ok).toBe(true);
    } finally {
      child.kill("SIGTERM");
      await once(child, "exit");
    }
  });
});
