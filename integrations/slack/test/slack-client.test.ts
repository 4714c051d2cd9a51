import { inspect } from "node:util";
import { type DeclaredTask, ServiceError, specOf, TaskOutsideRunError, tasksOf } from "@acme/integration-kit";
import { describe, expect, it } from "vitest";
import { SlackClient, type SlackClientOptions } from "../src/client.js";
import { Slack } from "../src/index.js";
import { TEST_TOKEN, useSlackStandIn } from "./use-slack-stand-in.js";

const standIn = useSlackStandIn();

const client = (options: Partial<SlackClientOptions> = {}) =>
  new SlackClient({ token: TEST_TOKEN, baseUrl: standIn().apiUrl, ...options });

const failureOf = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (error: unknown) => error as ServiceError,
  );

describe("SlackClient", () => {
  it("has the v2 class's namespaces and tasks, built from the same declarations", () => {
    const names = (tasks: ReturnType<typeof tasksOf>) => tasks.map((t) => `${t.group}.${t.name}:${t.spec.name}`);
    const v2 = names(tasksOf(new Slack({ id: "slack", token: TEST_TOKEN })));
    expect(v2.length).toBeGreaterThan(40);
    expect(names(tasksOf(client()))).toEqual(v2);
  });

  it("has the v2 class's flat aliases, each the task the v2 alias runs", async () => {
    const v2 = new Slack({ id: "slack", token: TEST_TOKEN }) as unknown as Record<string, unknown>;
    const slack = client() as unknown as Record<string, DeclaredTask<unknown, unknown>>;
    for (const alias of ["postMessage", "joinConversation"]) {
      const refused = await (v2[alias] as (key: string, params: object) => Promise<unknown>)
        .call(v2, "key", {})
        .catch((error: unknown) => error);
      expect(refused).toBeInstanceOf(TaskOutsideRunError);
      const v2Task = (refused as Error).message.match(/the task "([^"]+)"/)?.[1];
      expect(specOf(slack[alias] as DeclaredTask<unknown, unknown>).name).toBe(v2Task);
    }
  });

  it("posts a message with the params of the v2 task, without the key; the alias does the same", async () => {
    const slack = client();
    const posted = await slack.chat.postMessage({ channel: "C0PLAIN", text: "From v4" });
    await slack.postMessage({ channel: "C0PLAIN", text: "Again" });
    expect(posted).toMatchObject({ ok: true, channel: "C0PLAIN" });
    expect(
      standIn()
        .messages("C0PLAIN")
        .map((message) => message.text),
    ).toEqual(["From v4", "Again"]);
  });

  it("asks a token function before every call, so a rotating token is used as it rotates", async () => {
    let minted = 0;
    const slack = client({ token: async () => `xoxb-rotating-${Math.ceil(++minted / 2)}` });
    for (let i = 0; i < 4; i++) await slack.auth.test();
    expect(standIn().requests.map((request) => request.token)).toEqual([
      "xoxb-rotating-1",
      "xoxb-rotating-1",
      "xoxb-rotating-2",
      "xoxb-rotating-2",
    ]);
  });

  it("follows the cursor for at most `paginate.maxPages` pages", async () => {
    const slack = client();
    const page = await slack.conversations.list({ limit: 2 });
    expect(page.channels).toHaveLength(2);
    const two = await slack.conversations.list({ limit: 2 }, { paginate: { maxPages: 2 } });
    expect(new Set(two.channels?.map((channel) => channel.id)).size).toBe(4);
    expect(standIn().requests).toHaveLength(3);
  });

  it("fails with Slack's verdict: 429 at Retry-After, channel_not_found permanent, the token scrubbed", async () => {
    const token = "xoxb-canary-plain-4242";
    const slack = client({ token });
    standIn().failNext("chat.postMessage", { error: "ratelimited", retryAfter: 45 });
    const started = Date.now();
    const limited = await failureOf(slack.chat.postMessage({ channel: "C0", text: "hi" }));
    expect(limited).toBeInstanceOf(ServiceError);
    expect(limited?.code).toBe("RATE_LIMITED");
    const retryAt = limited?.verdict.kind === "rate-limited" ? limited.verdict.retryAt.getTime() : 0;
    expect(retryAt - started).toBeGreaterThanOrEqual(45_000);
    expect(retryAt - Date.now()).toBeLessThanOrEqual(45_000);

    standIn().failNext("conversations.info", { error: "channel_not_found" });
    const missing = await failureOf(slack.conversations.info({ channel: "C0GONE" }));
    expect(missing?.verdict).toEqual({ kind: "permanent" });
    expect(missing?.serviceCode).toBe("channel_not_found");
    expect(inspect([limited, missing], { depth: 12 })).not.toContain(token);
  });

  it("gives up after timeoutMs with a retryable error", async () => {
    const slack = client({ timeoutMs: 300 });
    standIn().failNext("users.info", { slowResponse: 3_000 });
    const started = Date.now();
    const error = await failureOf(slack.users.info({ user: "U1" }));
    expect(Date.now() - started).toBeLessThan(2_500);
    expect(error?.verdict).toEqual({ kind: "transient" });
  });

  it("gives the WebClient the tasks use for anything no task covers", async () => {
    const slack = client();
    const web = await slack.native();
    expect(await slack.native()).toBe(web);
    expect(await web.auth.test()).toMatchObject({ ok: true });
    expect(standIn().requests.at(-1)).toMatchObject({ method: "auth.test", token: TEST_TOKEN });
  });
});

describe("SlackClient posts after a lost answer", () => {
  it("without an idempotencyKey: fails permanently, saying the message may exist", async () => {
    standIn().failNext("chat.postMessage", { loseResponse: true });
    const error = await failureOf(client().chat.postMessage({ channel: "C0LOST", text: "Deployed" }));
    expect(error?.verdict).toEqual({ kind: "permanent" });
    expect(error?.message).toMatch(/the message may already exist.*Pass `idempotencyKey`/);
    expect(standIn().messages("C0LOST")).toHaveLength(1);
  });

  it("with an idempotencyKey: the repeated call finds the first one's message, so it is posted once", async () => {
    const slack = client();
    const options = { idempotencyKey: "run_42-deployed" };
    standIn().failNext("chat.postMessage", { loseResponse: true });
    const first = await failureOf(slack.chat.postMessage({ channel: "C0KEYED", text: "Deployed" }, options));
    expect(first?.verdict).toEqual({ kind: "transient" });
    const again = await slack.chat.postMessage({ channel: "C0KEYED", text: "Deployed" }, options);
    expect(standIn().messages("C0KEYED")).toHaveLength(1);
    expect(again.ts).toBe(standIn().messages("C0KEYED")[0]?.ts);
  });

  it("on a later attempt, Slack's already-done answer is the earlier attempt's success", async () => {
    const slack = client();
    const params = { channel: "C1", timestamp: "1.2", name: "eyes" };
    standIn().failNext("reactions.add", { error: "already_reacted" }, 2);
    expect((await failureOf(slack.reactions.add(params)))?.serviceCode).toBe("already_reacted");
    await expect(slack.reactions.add(params, { attempt: 2 })).resolves.toEqual({ ok: true });
  });
});
